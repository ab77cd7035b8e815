/**
 * The publisher's steps below the sequence itself (lib/publish/publish.ts): the instances and their restart, the
 * commits' details, the content check's answer, and the lock that keeps to one publication at a time.
 */
import fs from "node:fs";
import path from "node:path";
import lockfile from "proper-lockfile";
import type { ContentProblem } from "../content/problems";
import { git, run, type CheckoutName, type DeployFolder, type RunResult } from "./deploy";
import { viPublish as t } from "./vi";

export interface Context {
  deploy: DeployFolder;
  settings: Record<string, string | undefined>;
  log: (line: string) => void;
}

export const other = (name: CheckoutName): CheckoutName => (name === "a" ? "b" : "a");

/** The environment of the install and build steps: the operator's settings; the build sets NODE_ENV itself. */
export function stepEnv(settings: Record<string, string | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(settings).filter(([name]) => name !== "NODE_ENV"));
}

/** The ports of the instances, in order: PUBLISH_INSTANCES, else the active systemd template instances. */
export async function instances(ctx: Context): Promise<string[]> {
  const listed = ctx.settings.PUBLISH_INSTANCES;
  if (listed !== undefined) return listed.split(/[\s,]+/).filter(Boolean);
  const units = await run(
    "systemctl",
    ["list-units", "tin-huyen-uy@*.service", "--state=active", "--no-legend", "--plain"],
    { cwd: ctx.deploy.root, quiet: true },
  );
  if (units.code !== 0) return [];
  return [...units.stdout.matchAll(/tin-huyen-uy@(\d+)\.service/g)].map((m) => m[1]!);
}

async function answers(port: string, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(5000) });
      await response.arrayBuffer();
      if (response.status === 200) return true;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

/**
 * Restart each instance with PUBLISH_RESTART (run by `sh -c`, with PORT set; it must return once the old process
 * has stopped, as `systemctl restart` does), waiting for each to answer before the next.
 */
export async function restartAll(ctx: Context): Promise<{ ok: boolean; log: string[] }> {
  const ports = await instances(ctx);
  if (!ports.length) ctx.log(t.log.noInstances);
  const command = ctx.settings.PUBLISH_RESTART ?? 'systemctl restart "tin-huyen-uy@$PORT"';
  const wait = Number(ctx.settings.PUBLISH_WAIT_SECONDS ?? 120) * 1000;
  for (const port of ports) {
    ctx.log(t.log.restarting(port));
    const result = await run("sh", ["-c", command], {
      cwd: ctx.deploy.root,
      env: { ...ctx.settings, PORT: port },
    });
    if (result.code !== 0 || !(await answers(port, wait)))
      return { ok: false, log: [...result.tail, `cổng ${port} không trả lời sau khi khởi động lại`] };
  }
  return { ok: true, log: [] };
}

export async function commitInfo(dir: string, commit: string) {
  const [author = "", subject = ""] = (await git(dir, "log", "-1", "--format=%an <%ae>%x00%s", commit)).split(
    "\0",
  );
  return { author, subject };
}

export async function checkoutFiles(dir: string, commit: string) {
  await git(dir, "checkout", "--quiet", "--force", "--detach", commit);
  await git(dir, "clean", "-fdq");
}

export function parseCheck(result: RunResult): ContentProblem[] | null {
  const line = result.stdout.trim().split("\n").at(-1) ?? "";
  try {
    return (JSON.parse(line) as { errors: ContentProblem[] }).errors;
  } catch {
    return null;
  }
}

export async function withLock<T>(deploy: DeployFolder, body: () => Promise<T>): Promise<T | "busy"> {
  fs.mkdirSync(deploy.dataDir, { recursive: true });
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(deploy.dataDir, {
      lockfilePath: path.join(deploy.dataDir, "lock"),
      // Refreshed every 5 s while held; a lock not refreshed for 30 s belonged to a run that died.
      stale: 30_000,
      update: 5_000,
      retries: 0,
      realpath: false,
    });
  } catch (error) {
    if ((error as { code?: string }).code === "ELOCKED") return "busy";
    throw error;
  }
  try {
    return await body();
  } finally {
    await release();
  }
}

export function layoutOrThrow(deploy: DeployFolder) {
  const problems = deploy.problems();
  if (problems.length) throw new Error(problems.join("\n"));
}
