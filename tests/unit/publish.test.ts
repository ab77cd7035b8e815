import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DeployFolder } from "@/lib/publish/deploy";
import { publish, rollback } from "@/lib/publish/publish";
import { recordAttempt, renderStatusPage, type Attempt } from "@/lib/publish/status";

const git = (cwd: string, ...args: string[]) =>
  execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();

const attempt = (overrides: Partial<Attempt> = {}): Attempt => ({
  at: "2026-12-01T01:30:00.000Z",
  commit: "0123456789abcdef0123456789abcdef01234567",
  author: "Biên tập viên <bientap@example.vn>",
  subject: "Thêm bài",
  result: "published",
  problems: [],
  log: [],
  serving: { checkout: "b", commit: "0123456789abcdef0123456789abcdef01234567" },
  previous: { checkout: "a", commit: "fedcba9876543210fedcba9876543210fedcba98" },
  ...overrides,
});

describe("the status page", () => {
  it("says what was published, when (Vietnam time) and by whom, and is not indexed", () => {
    const html = renderStatusPage({ attempts: [attempt()] });
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(html).toContain("Đã xuất bản");
    expect(html).toContain("08:30:00, 01/12/2026");
    expect(html).toContain("0123456789 — Thêm bài");
    expect(html).toContain("Biên tập viên &#x3C;bientap@example.vn>");
    expect(html).toContain("a: fedcba9876");
  });

  it("lists every problem as path:line — field: message, and what to do", () => {
    const html = renderStatusPage({
      attempts: [
        attempt({
          result: "content",
          problems: [
            { file: "content/articles/2026/a.md", line: 3, field: "date", message: "Ngày sai." },
            { file: "content/articles/2026/b.md", field: "tệp", message: "Tệp rỗng." },
          ],
        }),
      ],
    });
    expect(html).toContain("Chưa xuất bản: bài viết có lỗi");
    expect(html).toContain("<li><code>content/articles/2026/a.md:3 — date: Ngày sai.</code></li>");
    expect(html).toContain("<li><code>content/articles/2026/b.md — tệp: Tệp rỗng.</code></li>");
    expect(html).toContain("Sửa đúng tệp và trường đã nêu");
  });

  it("writes a commit's words as text: a hostile subject never becomes markup", () => {
    const html = renderStatusPage({ attempts: [attempt({ subject: '<script>alert("x")</script>' })] });
    expect(html).not.toContain("<script>alert");
    expect(html).toContain("&#x3C;script>");
  });

  it("keeps the newest attempts first, the running one replaced by its result", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "status-"));
    recordAttempt(dir, attempt({ at: "2026-12-01T01:00:00.000Z", commit: "1".repeat(40) }));
    recordAttempt(dir, attempt({ result: "running" }));
    const status = recordAttempt(dir, attempt());
    expect(status.attempts.map((a) => [a.commit[0], a.result])).toEqual([
      ["0", "published"],
      ["1", "published"],
    ]);
    expect(fs.readFileSync(path.join(dir, "index.html"), "utf8")).toContain("Các lần trước");
  });
});

describe("the deploy folder", () => {
  let root: string;
  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "deploy-"));
    const origin = path.join(root, "origin.git");
    const editor = path.join(root, "editor");
    git(root, "init", "--quiet", "--bare", "--initial-branch=main", origin);
    git(root, "clone", "--quiet", origin, editor);
    fs.writeFileSync(path.join(editor, "README.md"), "x\n");
    git(editor, "add", "-A");
    git(editor, "-c", "user.name=A", "-c", "user.email=a@example.vn", "commit", "--quiet", "-m", "x");
    git(editor, "push", "--quiet", "origin", "HEAD:main");
    const deploy = path.join(root, "deploy");
    for (const name of ["a", "b"]) git(root, "clone", "--quiet", origin, path.join(deploy, name));
    fs.symlinkSync("a", path.join(deploy, "current"));
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it("names what is missing from the layout", () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), "deploy-empty-"));
    expect(new DeployFolder(empty).problems()).toEqual([
      expect.stringContaining("a: không phải một bản sao git"),
      expect.stringContaining("b: không phải một bản sao git"),
      expect.stringContaining("current: thiếu liên kết"),
    ]);
    expect(new DeployFolder(path.join(root, "deploy")).problems()).toEqual([]);
  });

  it("switches current in one step, and reads publish.env under the environment", () => {
    const deploy = new DeployFolder(path.join(root, "deploy"));
    deploy.switchTo("b");
    expect(fs.readlinkSync(deploy.current)).toBe("b");
    deploy.switchTo("a");
    expect(deploy.served()).toBe("a");
    fs.writeFileSync(
      path.join(deploy.root, "publish.env"),
      'PUBLISH_RESTART="echo từ tệp"\nSITE_URL=https://x.vn\n',
    );
    expect(deploy.settings({ SITE_URL: "https://env.vn" })).toMatchObject({
      PUBLISH_RESTART: "echo từ tệp",
      SITE_URL: "https://env.vn",
    });
  });

  it("does nothing when nothing is new, quickly, and writes no attempt", async () => {
    const lines: string[] = [];
    expect(await publish(path.join(root, "deploy"), { env: {}, log: (l) => lines.push(l) })).toBe(
      "unchanged",
    );
    expect(lines.join("\n")).toContain("không có gì mới");
    expect(fs.existsSync(path.join(root, "deploy/status/status.json"))).toBe(false);
  });

  it("waits its turn while another run holds the lock, and takes over a lock its crashed holder left", async () => {
    const lock = path.join(root, "deploy/.publish/lock");
    fs.mkdirSync(lock, { recursive: true });
    const lines: string[] = [];
    expect(await publish(path.join(root, "deploy"), { env: {}, log: (l) => lines.push(l) })).toBe("queued");
    expect(lines).toContain("một lần xuất bản khác đang chạy: commit mới sẽ được xuất bản ngay sau đó");
    // Not refreshed for a minute: its run died.
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(lock, old, old);
    expect(await publish(path.join(root, "deploy"), { env: {}, log: () => {} })).toBe("unchanged");
    expect(fs.existsSync(lock)).toBe(false);
  });

  it("refuses a rollback when the other checkout holds no good build", async () => {
    const lines: string[] = [];
    expect(await rollback(path.join(root, "deploy"), { env: {}, log: (l) => lines.push(l) })).toBe("failed");
    expect(lines).toContain("không có bản trước đã dựng tốt để quay lại");
    expect(fs.readlinkSync(path.join(root, "deploy/current"))).toBe("a");
  });
});
