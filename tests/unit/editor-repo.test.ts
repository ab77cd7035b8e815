import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EditorRepo, RepoUnreachableError } from "@/lib/editor/repo";

// The editor's clone of the repository the publisher watches: saves, conflicts, a moved branch, a killed save.

const FILE = "content/articles/2026/hoi-nghi.md";
const HOA = { name: "Nguyễn Thị Hoa", email: "hoa@huyenuy.example.vn" };

function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", args, {
    cwd,
    encoding: "utf8",
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: "Lan",
      GIT_AUTHOR_EMAIL: "lan@x.vn",
      GIT_COMMITTER_NAME: "Lan",
      GIT_COMMITTER_EMAIL: "lan@x.vn",
    },
  }).trim();
}

/** A bare repository with one article, and another person's clone of it. */
function setup() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "editor-repo-"));
  const remote = path.join(root, "site.git");
  git(root, "init", "--quiet", "--bare", "--initial-branch=main", remote);
  const other = path.join(root, "other");
  git(root, "clone", "--quiet", remote, other);
  fs.mkdirSync(path.join(other, "content/articles/2026"), { recursive: true });
  fs.writeFileSync(path.join(other, FILE), "---\ntitle: Hội nghị\n---\n\nBản đầu.\n");
  git(other, "add", ".");
  git(other, "commit", "--quiet", "-m", "Bài đầu");
  git(other, "push", "--quiet", "origin", "HEAD:main");
  /** Another person changes a file and pushes. */
  const push = (file: string, text: string) => {
    git(other, "pull", "--quiet", "--rebase", "origin", "main");
    fs.mkdirSync(path.dirname(path.join(other, file)), { recursive: true });
    fs.writeFileSync(path.join(other, file), text);
    git(other, "add", ".");
    git(other, "commit", "--quiet", "-m", `Sửa ${file}`);
    git(other, "push", "--quiet", "origin", "HEAD:main");
  };
  return { root, remote, data: path.join(root, "data"), push };
}

const log = (remote: string) => git(remote, "log", "--format=%an <%ae>|%cn|%s", "main").split("\n");

describe("the editor's clone", () => {
  it("commits a save as its author, with its message, and pushes it", async () => {
    const { remote, data } = setup();
    const { repo, interrupted } = await EditorRepo.open(remote, data);
    expect(interrupted).toBeNull();
    const opened = (await repo.read(FILE))!;
    expect(opened.text).toContain("Bản đầu.");
    const saved = await repo.save({
      file: FILE,
      text: opened.text.replace("Bản đầu.", "Bản sửa."),
      base: opened.version,
      author: HOA,
      message: "Sửa bài “Hội nghị”: thêm kết quả",
    });
    expect(saved.kind).toBe("saved");
    expect(log(remote)[0]).toBe(
      "Nguyễn Thị Hoa <hoa@huyenuy.example.vn>|Trang quản trị|Sửa bài “Hội nghị”: thêm kết quả",
    );
    expect(git(remote, "show", `main:${FILE}`)).toContain("Bản sửa.");
    // Saving what is there already makes no commit.
    const again = await repo.save({
      file: FILE,
      text: opened.text.replace("Bản đầu.", "Bản sửa."),
      base: saved.kind === "saved" ? saved.version : null,
      author: HOA,
      message: "x",
    });
    expect(again.kind).toBe("unchanged");
    expect(log(remote)).toHaveLength(2);
  });

  it("refuses a save over someone else's change to the file, giving their version back", async () => {
    const { remote, data, push } = setup();
    const { repo } = await EditorRepo.open(remote, data);
    const opened = (await repo.read(FILE))!;
    push(FILE, "---\ntitle: Hội nghị\n---\n\nBản của Lan.\n");
    const result = await repo.save({
      file: FILE,
      text: "---\ntitle: Hội nghị\n---\n\nBản của Hoa.\n",
      base: opened.version,
      author: HOA,
      message: "Sửa",
    });
    expect(result.kind).toBe("conflict");
    expect(result.kind === "conflict" && result.theirs).toContain("Bản của Lan.");
    expect(git(remote, "show", `main:${FILE}`)).toContain("Bản của Lan.");
    // A new file whose path someone took meanwhile is a conflict too.
    const fresh = "content/articles/2026/moi.md";
    push(fresh, "---\ntitle: Mới\n---\n");
    expect((await repo.save({ file: fresh, text: "x", base: null, author: HOA, message: "Thêm" })).kind).toBe(
      "conflict",
    );
  });

  it("rebases onto a branch that moved with other files while it pushed", async () => {
    const { remote, data, root } = setup();
    const { repo } = await EditorRepo.open(remote, data);
    const opened = (await repo.read(FILE))!;
    // Someone pushes another article in the instant between the editor's fetch and its push.
    const racer = path.join(root, "racer");
    git(root, "clone", "--quiet", remote, racer);
    const hook = path.join(repo.dir, ".git/hooks/pre-push");
    fs.writeFileSync(
      hook,
      `#!/bin/sh\n[ -e "${root}/raced" ] && exit 0\ntouch "${root}/raced"\ncd "${racer}" && echo "khác" > content/khac.md && git add . && git -c user.name=Lan -c user.email=lan@x.vn commit -qm "Bài khác" && git push -q origin HEAD:main\n`,
      { mode: 0o755 },
    );
    const result = await repo.save({
      file: FILE,
      text: "---\ntitle: Hội nghị\n---\n\nBản của Hoa.\n",
      base: opened.version,
      author: HOA,
      message: "Sửa bài của Hoa",
    });
    expect(result.kind).toBe("saved");
    expect(log(remote).map((line) => line.split("|")[2])).toEqual(["Sửa bài của Hoa", "Bài khác", "Bài đầu"]);
  });

  it("refuses, without pushing, when the branch moved with the same file while it pushed", async () => {
    const { remote, data, root } = setup();
    const { repo } = await EditorRepo.open(remote, data);
    const opened = (await repo.read(FILE))!;
    const racer = path.join(root, "racer");
    git(root, "clone", "--quiet", remote, racer);
    fs.writeFileSync(
      path.join(repo.dir, ".git/hooks/pre-push"),
      `#!/bin/sh\n[ -e "${root}/raced" ] && exit 0\ntouch "${root}/raced"\ncd "${racer}" && echo "Bản của Lan." > ${FILE} && git -c user.name=Lan -c user.email=lan@x.vn commit -qam "Lan sửa" && git push -q origin HEAD:main\n`,
      { mode: 0o755 },
    );
    const result = await repo.save({
      file: FILE,
      text: "Bản của Hoa.",
      base: opened.version,
      author: HOA,
      message: "Hoa sửa",
    });
    expect(result).toMatchObject({ kind: "conflict", theirs: "Bản của Lan.\n" });
    expect(log(remote).map((line) => line.split("|")[2])).toEqual(["Lan sửa", "Bài đầu"]);
    expect(git(repo.dir, "status", "--porcelain")).toBe("");
  });

  it("after a save killed half-way, is put back to the branch and hands the typed text back", async () => {
    const { remote, data } = setup();
    const { repo } = await EditorRepo.open(remote, data);
    // What a killed save leaves: its journal, a file written, a commit not pushed.
    const request = { file: FILE, text: "Chữ đã gõ.", base: null, author: HOA, message: "Sửa" };
    fs.writeFileSync(path.join(data, "save-journal.json"), JSON.stringify(request));
    fs.writeFileSync(path.join(repo.dir, FILE), "Chữ đã gõ.");
    git(repo.dir, "commit", "--quiet", "-am", "Chưa đẩy");
    const reopened = await EditorRepo.open(remote, data);
    expect(reopened.interrupted).toEqual(request);
    expect(git(repo.dir, "status", "--porcelain")).toBe("");
    expect(git(repo.dir, "rev-parse", "HEAD")).toBe(git(remote, "rev-parse", "main"));
    expect(fs.existsSync(path.join(data, "save-journal.json"))).toBe(false);
  });

  it("never writes outside the content and public folders", async () => {
    const { remote, data } = setup();
    const { repo } = await EditorRepo.open(remote, data);
    for (const file of ["../ngoai.md", "content/../package.json", "/etc/passwd", "package.json"])
      await expect(repo.save({ file, text: "x", base: null, author: HOA, message: "x" })).rejects.toThrow(
        /not a content path/,
      );
  });

  it("a photo goes in the same commit as its article; a photo alone is its own commit; one already there is left", async () => {
    const { remote, data } = setup();
    const { repo } = await EditorRepo.open(remote, data);
    const opened = (await repo.read(FILE))!;
    const photo = {
      file: "public/images/2026/12/hoi-nghi-0123456789.jpg",
      bytes: Buffer.from([0xff, 0xd8, 0xff, 1]),
    };
    const saved = await repo.save({
      file: FILE,
      text: `${opened.text}\n![Hội trường](/images/2026/12/hoi-nghi-0123456789.jpg "Hội trường")\n`,
      base: opened.version,
      author: HOA,
      message: "Lưu nháp: Hội nghị",
      files: [photo],
    });
    expect(saved.kind).toBe("saved");
    expect(git(remote, "show", "--name-only", "--format=%s", "main").split("\n").filter(Boolean)).toEqual([
      "Lưu nháp: Hội nghị",
      FILE,
      photo.file,
    ]);
    const another = { file: "public/images/2026/12/anh-9876543210.png", bytes: Buffer.from([0x89, 0x50]) };
    expect(await repo.addFiles([photo, another], HOA, "Thêm ảnh: Hội nghị")).toBe("saved");
    expect(git(remote, "show", "--name-only", "--format=%an|%s", "main").split("\n").filter(Boolean)).toEqual(
      ["Nguyễn Thị Hoa|Thêm ảnh: Hội nghị", another.file],
    );
    expect(await repo.addFiles([photo], HOA, "Thêm ảnh: Hội nghị")).toBe("unchanged");
    await expect(
      repo.addFiles([{ file: "public/../x.jpg", bytes: Buffer.alloc(1) }], HOA, "x"),
    ).rejects.toThrow("not a content path");
  });

  it("a repository out of reach: the save waits, tries again, then says so; nothing is lost and the next save goes", async () => {
    const { remote, data } = setup();
    const { repo } = await EditorRepo.open(remote, data);
    const opened = (await repo.read(FILE))!;
    const away = `${remote}-di-vang`;
    fs.renameSync(remote, away);
    const request = {
      file: FILE,
      text: opened.text.replace("Bản đầu.", "Bản sửa khi mất mạng."),
      base: opened.version,
      author: HOA,
      message: "Sửa khi mất mạng",
    };
    await expect(repo.save(request)).rejects.toBeInstanceOf(RepoUnreachableError);
    expect(fs.readFileSync(path.join(data, "repo", FILE), "utf8")).toBe(opened.text);
    // Away for a moment only: the save, trying again after a wait, goes through.
    fs.renameSync(away, remote);
    fs.renameSync(remote, away);
    setTimeout(() => fs.renameSync(away, remote), 700);
    expect((await repo.save(request)).kind).toBe("saved");
    expect(git(remote, "show", `main:${FILE}`)).toContain("Bản sửa khi mất mạng.");
  }, 20_000);
});
