import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DeployFolder, type PublishState } from "@/lib/publish/deploy";
import { publish, rollback } from "@/lib/publish/publish";
import { readStatus } from "@/lib/publish/status";

// The publisher end to end with a real bare repository, real git, real `npm ci` and real processes killed with
// SIGKILL, on a small project whose check, build and restart the test can hold, fail or watch (the site's own build
// takes a minute; tests/e2e/publish.spec.ts publishes the site itself). "Readers" are what the restart command
// started: `served.txt`, the BUILD_ID of the build under `current` when it ran.

const ROOT = path.resolve(import.meta.dirname, "../..");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "publish-crash-"));
const ORIGIN = path.join(work, "origin.git");
const EDITOR = path.join(work, "editor");
const DEPLOY = path.join(work, "deploy");
const GATES = path.join(work, "gates");

const sh = (cwd: string, command: string, ...args: string[]) =>
  execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();

const PROJECT: Record<string, string> = {
  "package.json": JSON.stringify({
    name: "toy",
    version: "1.0.0",
    private: true,
    dependencies: { "toy-lib": "file:./toy-lib" },
    scripts: {
      postinstall: "node gate.mjs install",
      "content:check": "node check.mjs",
      build: "node gate.mjs build && node build.mjs",
    },
  }),
  "toy-lib/package.json": JSON.stringify({ name: "toy-lib", version: "1.0.0" }),
  ".gitignore": "node_modules\n.next\n",
  // Holds a step while its gate file exists (after saying it started), so that the test can kill the run there.
  "gate.mjs": `import fs from "node:fs";
const gate = process.env.TOY_GATES && \`\${process.env.TOY_GATES}/\${process.argv[2]}\`;
if (gate && fs.existsSync(gate)) {
  fs.writeFileSync(\`\${gate}.started\`, String(process.pid));
  while (fs.existsSync(gate)) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
}
`,
  "check.mjs": `import fs from "node:fs";
const errors = fs.existsSync("loi.txt") ? [{ file: "content/loi.md", line: 2, field: "date", message: "Ngày sai." }] : [];
console.log(JSON.stringify({ errors }));
process.exit(errors.length ? 1 : 0);
`,
  "build.mjs": `import fs from "node:fs";
if (fs.existsSync("build-loi.txt")) { console.error("Lỗi dựng trang"); process.exit(1); }
fs.mkdirSync(".next", { recursive: true });
fs.writeFileSync(".next/BUILD_ID", fs.readFileSync("version.txt", "utf8").trim());
`,
  "version.txt": "v1\n",
};

/** Commit files in the editor's clone and push them; the new commit. */
function push(files: Record<string, string | null>, message: string): string {
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(EDITOR, name);
    if (text === null) fs.rmSync(file, { force: true });
    else {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text);
    }
  }
  sh(EDITOR, "git", "add", "-A");
  sh(EDITOR, "git", "commit", "--quiet", "-m", message);
  sh(EDITOR, "git", "push", "--quiet", "origin", "HEAD:main");
  return sh(EDITOR, "git", "rev-parse", "HEAD");
}

const env = {
  ...process.env,
  TOY_GATES: GATES,
  npm_config_audit: "false",
  npm_config_fund: "false",
  npm_config_update_notifier: "false",
};
const lines: string[] = [];
const options = () => ({ env, log: (line: string) => lines.push(line) });
const served = () => fs.readFileSync(path.join(DEPLOY, "served.txt"), "utf8").trim();
const current = () => fs.readlinkSync(path.join(DEPLOY, "current"));
const state = (): PublishState => new DeployFolder(DEPLOY).readState();
const lastAttempt = () => readStatus(path.join(DEPLOY, "status")).attempts[0]!;
const restarts = () => fs.readFileSync(path.join(DEPLOY, "restarts.log"), "utf8").trim().split("\n").length;

/** The publisher as its own process (`npm run publish`'s script), killed with SIGKILL once `when` holds. */
async function killPublisherWhen(when: () => boolean, ...args: string[]) {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/publish.ts", DEPLOY, ...args], {
    cwd: ROOT,
    env,
    stdio: "ignore",
    detached: true,
  });
  fs.writeFileSync(path.join(DEPLOY, "publisher.pid"), String(child.pid));
  const exited = new Promise((resolve) => child.on("exit", resolve));
  await expect.poll(when, { timeout: 60_000, interval: 50 }).toBe(true);
  // The whole process group, as the out-of-memory killer or a power cut would leave it: nothing cleans up.
  try {
    process.kill(-child.pid!, "SIGKILL");
  } catch {
    // Already gone (the restart command killed it).
  }
  await exited;
}

function gate(step: "install" | "build") {
  fs.writeFileSync(path.join(GATES, step), "");
  fs.rmSync(path.join(GATES, `${step}.started`), { force: true });
}
const started = (step: string) => fs.existsSync(path.join(GATES, `${step}.started`));
const openGates = () => {
  for (const file of fs.readdirSync(GATES)) fs.rmSync(path.join(GATES, file));
};

beforeAll(() => {
  fs.mkdirSync(GATES, { recursive: true });
  sh(work, "git", "init", "--quiet", "--bare", "--initial-branch=main", ORIGIN);
  sh(work, "git", "clone", "--quiet", ORIGIN, EDITOR);
  sh(EDITOR, "git", "config", "user.name", "Biên tập viên");
  sh(EDITOR, "git", "config", "user.email", "bientap@example.vn");
  push(PROJECT, "Dự án");
  sh(EDITOR, "npm", "install", "--offline", "--no-audit", "--no-fund", "--ignore-scripts");
  push(
    { "package-lock.json": fs.readFileSync(path.join(EDITOR, "package-lock.json"), "utf8") },
    "Khóa thư viện",
  );
  // The set-up of docs/deploy.md: `a` installed, built and serving, `b` installed.
  for (const name of ["a", "b"]) {
    sh(DEPLOY.replace(/deploy$/, ""), "git", "clone", "--quiet", ORIGIN, path.join(DEPLOY, name));
    sh(path.join(DEPLOY, name), "npm", "ci", "--offline", "--no-audit", "--no-fund");
  }
  sh(path.join(DEPLOY, "a"), "npm", "run", "build");
  fs.symlinkSync("a", path.join(DEPLOY, "current"));
  fs.writeFileSync(
    path.join(DEPLOY, "restart.sh"),
    [
      `D="${DEPLOY}"`,
      `if [ -f "$D/giet-khi-khoi-dong" ]; then rm "$D/giet-khi-khoi-dong"; kill -9 "$(cat "$D/publisher.pid")"; sleep 5; fi`,
      `if [ -f "$D/khoi-dong-loi" ]; then echo "trang không khởi động" >&2; exit 3; fi`,
      `cat "$D/current/.next/BUILD_ID" > "$D/served.txt"`,
      `echo "$(cat "$D/current/.next/BUILD_ID")" >> "$D/restarts.log"`,
    ].join("\n"),
  );
  fs.writeFileSync(path.join(DEPLOY, "publish.env"), `PUBLISH_RESTART="sh ${DEPLOY}/restart.sh"\n`);
  fs.writeFileSync(path.join(DEPLOY, "served.txt"), "v1\n");
  fs.writeFileSync(path.join(DEPLOY, "restarts.log"), "");
}, 120_000);

afterAll(() => {
  fs.rmSync(work, { recursive: true, force: true });
});

describe("the publisher, killed and failing at each step", { timeout: 90_000 }, () => {
  it("with only PUBLISH_RESTART set, runs it once and publishes when it succeeds", async () => {
    const commit = push({ "version.txt": "v2\n" }, "Bản 2");
    expect(await publish(DEPLOY, options())).toBe("published");
    expect([current(), served(), restarts()]).toEqual(["b", "v2", 1]);
    expect(lastAttempt()).toMatchObject({ commit, result: "published" });
    expect(state().checkouts.b).toMatchObject({ commit, ok: true });
  });

  it("with no way to restart the site, says what to set and builds nothing", async () => {
    push({ "version.txt": "v3\n" }, "Bản 3");
    const head = sh(path.join(DEPLOY, "a"), "git", "rev-parse", "HEAD");
    lines.length = 0;
    expect(await publish(DEPLOY, { ...options(), env: { ...env, PUBLISH_RESTART: "" } })).toBe("failed");
    expect(lines.join("\n")).toContain("đặt PUBLISH_INSTANCES");
    expect(lines.join("\n")).toContain("PUBLISH_RESTART");
    expect(sh(path.join(DEPLOY, "a"), "git", "rev-parse", "HEAD")).toBe(head);
    expect(lastAttempt().result).toBe("config");
    expect(state().failed).toBeUndefined();
  });

  it("when the restart command fails, goes back to the build that served, restarts it, and fails", async () => {
    fs.writeFileSync(path.join(DEPLOY, "khoi-dong-loi"), "");
    lines.length = 0;
    const outcome = await publish(DEPLOY, options());
    fs.rmSync(path.join(DEPLOY, "khoi-dong-loi"));
    expect(outcome).toBe("failed");
    expect(current()).toBe("b");
    expect(lastAttempt()).toMatchObject({ result: "restart" });
    expect(lastAttempt().log.join("\n")).toContain("trang không khởi động");
    // The build that does not start is no build to roll back to.
    expect(state().checkouts.a?.ok).toBe(false);
    expect(await rollback(DEPLOY, options())).toBe("failed");
    expect(current()).toBe("b");
  });

  it("killed during the build: no rollback to the half-built checkout, and the next run publishes", async () => {
    const commit = push({ "version.txt": "v4\n" }, "Bản 4");
    gate("build");
    await killPublisherWhen(() => started("build"));
    openGates();
    expect(state().run).toMatchObject({ commit, step: "prepare", checkout: "a" });
    expect(state().checkouts.a?.ok).toBe(false);
    expect(lastAttempt()).toMatchObject({ commit, result: "running" });
    lines.length = 0;
    expect(await rollback(DEPLOY, options())).toBe("failed");
    expect(lines, lines.join("\n")).toContain("không có bản trước đã dựng tốt để quay lại");
    expect(current()).toBe("b");
    // The rollback found the killed run first: its attempt says so.
    expect(readStatus(path.join(DEPLOY, "status")).attempts.find((a) => a.commit === commit)?.result).toBe(
      "interrupted",
    );
    expect(await publish(DEPLOY, options())).toBe("published");
    expect([current(), served()]).toEqual(["a", "v4"]);
    expect(state().run).toBeUndefined();
  });

  it("killed during npm ci: the next run installs again before it builds", async () => {
    const lock = JSON.parse(fs.readFileSync(path.join(EDITOR, "package-lock.json"), "utf8"));
    lock.packages[""].description = "đổi khóa";
    const commit = push(
      { "package-lock.json": JSON.stringify(lock, null, 2), "version.txt": "v5\n" },
      "Bản 5, khóa mới",
    );
    gate("install");
    await killPublisherWhen(() => started("install"));
    openGates();
    expect(state().checkouts.b?.lock).toBeUndefined();
    lines.length = 0;
    expect(await publish(DEPLOY, options())).toBe("published");
    expect(lines).toContain("bước: npm ci");
    expect(lines.some((line) => line.startsWith("lần chạy trước bị dừng giữa chừng"))).toBe(true);
    expect([current(), served()]).toEqual(["b", "v5"]);
    expect(lastAttempt()).toMatchObject({ commit, result: "published" });
  });

  it("killed after the switch, before the restart: the next run restarts, not 'nothing new'", async () => {
    const commit = push({ "version.txt": "v6\n" }, "Bản 6");
    fs.writeFileSync(path.join(DEPLOY, "giet-khi-khoi-dong"), "");
    await killPublisherWhen(() => !fs.existsSync(path.join(DEPLOY, "giet-khi-khoi-dong")));
    // `current` already names the new build; readers still have the old one.
    expect([current(), served()]).toEqual(["a", "v5"]);
    expect(state().run).toMatchObject({ commit, step: "switch" });
    lines.length = 0;
    expect(await publish(DEPLOY, options())).toBe("published");
    expect(lines.join("\n")).not.toContain("không có gì mới");
    expect([current(), served()]).toEqual(["a", "v6"]);
    const attempts = readStatus(path.join(DEPLOY, "status")).attempts.filter((a) => a.commit === commit);
    expect(attempts.map((a) => a.result)).toEqual(["published", "interrupted"]);
    expect(await publish(DEPLOY, options())).toBe("unchanged");
  });

  it("a content error stays failed until a new commit", async () => {
    const broken = push({ "loi.txt": "x" }, "Bài lỗi");
    expect(await publish(DEPLOY, options())).toBe("failed");
    expect(lastAttempt()).toMatchObject({ commit: broken, result: "content" });
    expect(lastAttempt().problems).toEqual([expect.objectContaining({ file: "content/loi.md", line: 2 })]);
    expect(state().failed).toBe(broken);
    // The idle checkout is back on its own good build: files and build untouched.
    expect(state().checkouts.b).toMatchObject({ ok: true, commit: state().checkouts.b!.commit });
    expect(await publish(DEPLOY, options())).toBe("unchanged");
    const fixed = push({ "loi.txt": null, "version.txt": "v7\n" }, "Sửa bài lỗi");
    expect(await publish(DEPLOY, options())).toBe("published");
    expect(served()).toBe("v7");
    expect(state().failed).toBe(broken);
    expect(lastAttempt().commit).toBe(fixed);
  });

  it("a build killed by the system (out of memory) is not the commit's fault: the next run builds it again", async () => {
    const commit = push({ "version.txt": "v7b\n" }, "Bản 7b");
    gate("build");
    const running = publish(DEPLOY, options());
    await expect.poll(() => started("build"), { timeout: 30_000, interval: 50 }).toBe(true);
    // What the out-of-memory killer does: the build's own process, not the publisher.
    const pid = Number(fs.readFileSync(path.join(GATES, "build.started"), "utf8"));
    // The rebuild of the checkout's previous commit that follows must not wait at the gate.
    openGates();
    process.kill(pid, "SIGKILL");
    expect(await running).toBe("failed");
    expect(lastAttempt()).toMatchObject({ commit, result: "build" });
    expect(lastAttempt().log.join("\n")).toContain("lần chạy sau");
    expect(state().failed).not.toBe(commit);
    expect(await publish(DEPLOY, options())).toBe("published");
    expect(served()).toBe("v7b");
  });

  it("after a failed build, a rollback serves the previous good build, rebuilt by the failed run", async () => {
    const before = served();
    const failing = push({ "build-loi.txt": "x", "version.txt": "v8\n" }, "Dựng lỗi");
    expect(await publish(DEPLOY, options())).toBe("failed");
    expect(lastAttempt()).toMatchObject({ commit: failing, result: "build" });
    expect(served()).toBe(before);
    const idle = current() === "a" ? "b" : "a";
    expect(state().checkouts[idle]?.ok).toBe(true);
    expect(fs.readFileSync(path.join(DEPLOY, idle, ".next/BUILD_ID"), "utf8")).toBe("v7");
    expect(await rollback(DEPLOY, options())).toBe("rolledBack");
    expect([current(), served()]).toEqual([idle, "v7"]);
  });

  it("a rollback whose build does not start goes back to the one serving and fails", async () => {
    const serving = current();
    fs.writeFileSync(path.join(DEPLOY, "khoi-dong-loi"), "");
    const outcome = await rollback(DEPLOY, options());
    fs.rmSync(path.join(DEPLOY, "khoi-dong-loi"));
    expect(outcome).toBe("failed");
    expect(current()).toBe(serving);
    expect(lastAttempt().result).toBe("rollbackFailed");
  });
});
