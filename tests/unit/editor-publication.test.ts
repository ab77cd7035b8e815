import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { publicationOf } from "@/lib/editor/publication";
import { EditorRepo } from "@/lib/editor/repo";
import type { Attempt } from "@/lib/publish/status";

// The edit page's word on whether a piece's last save is on the site, from the publisher's status.

const FILE = "articles/2026/hoi-nghi.md";

function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", ["-c", "user.name=Lan", "-c", "user.email=lan@x.vn", ...args], {
    cwd,
    encoding: "utf8",
  }).trim();
}

function commit(work: string, file: string, text: string): string {
  fs.mkdirSync(path.dirname(path.join(work, file)), { recursive: true });
  fs.writeFileSync(path.join(work, file), text);
  git(work, "add", ".");
  git(work, "commit", "--quiet", "-m", `Sửa ${file}`);
  git(work, "push", "--quiet", "origin", "HEAD:main");
  return git(work, "rev-parse", "HEAD");
}

const attempt = (commit: string, result: Attempt["result"], problems: Attempt["problems"] = []): Attempt => ({
  at: "2026-12-03T02:00:00.000Z",
  commit,
  author: "Lan",
  subject: "x",
  result,
  problems,
  log: [],
  serving: null,
  previous: null,
});

describe("a piece's publication", () => {
  it("is the newest attempt that holds its last commit: waiting, published by a later commit, stopped by its errors", async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "editor-publication-"));
    const remote = path.join(root, "site.git");
    git(root, "init", "--quiet", "--bare", "--initial-branch=main", remote);
    const work = path.join(root, "work");
    git(root, "clone", "--quiet", remote, work);
    const first = commit(work, `content/${FILE}`, "---\ntitle: Hội nghị\n---\n\nMột.\n");
    const statusDir = path.join(root, "status");
    fs.mkdirSync(statusDir);
    const status = (...attempts: Attempt[]) =>
      fs.writeFileSync(path.join(statusDir, "status.json"), JSON.stringify({ attempts }));
    const { repo } = await EditorRepo.open(remote, path.join(root, "data"));

    expect(await publicationOf(repo, FILE, undefined)).toBeNull();
    status(attempt("0".repeat(40), "published"));
    expect(await publicationOf(repo, FILE, statusDir)).toMatchObject({ commit: first, result: "waiting" });

    // Another file's later commit, published: it holds this piece's last commit.
    const later = commit(work, "content/articles/2026/khac.md", "---\ntitle: Khác\n---\n\nHai.\n");
    await repo.refresh();
    status(attempt(later, "published"));
    const published = await publicationOf(repo, FILE, statusDir);
    expect(published).toMatchObject({ result: "published", problems: [] });
    expect(published!.label).toBe(
      "Lần lưu cuối của bài: Đã xuất bản (lần xuất bản bắt đầu lúc 2026-12-03 09:00:00, giờ Việt Nam).",
    );

    // A new save of the piece, stopped by its own error: the newest attempt holding it says so, with the problem.
    const broken = commit(work, `content/${FILE}`, "---\ntitle: Hội nghị\ndate: 2026-02-31\n---\n\nBa.\n");
    await repo.refresh();
    status(
      attempt(broken, "content", [{ file: FILE, line: 3, field: "date", message: "Ngày không có thật." }]),
      attempt(later, "published"),
    );
    expect(await publicationOf(repo, FILE, statusDir)).toMatchObject({
      commit: broken,
      result: "content",
      problems: ["date: Ngày không có thật."],
    });
  });
});
