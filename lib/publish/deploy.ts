/**
 * The deploy folder (docs/deploy.md): two checkouts of the site's repository, `a/` and `b/`, and `current`, a
 * symbolic link to the one serving. The publisher keeps its own files beside them:
 *
 *   publish.env          the operator's settings (PUBLISH_RESTART, SITE_URL, …), KEY=value lines
 *   .publish/state.json  which commit each checkout has built, whether that build is good, which package-lock.json
 *                        its libraries were installed from, and the run under way: what it is about to change,
 *                        written before it changes it, so that a run killed at any point is finished or redone
 *                        by the next
 *   .publish/lock        held while a publication runs (proper-lockfile: a crashed run's lock goes stale)
 *   .publish/pending     "publish again when done", left by a run that found the lock held
 *   status/              the status page (index.html) and its data (status.json), for nginx to serve privately
 */
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import dotenv from "dotenv";
import type { ContentProblem } from "../content/problems";

export const CHECKOUTS = ["a", "b"] as const;
export type CheckoutName = (typeof CHECKOUTS)[number];

export interface CheckoutState {
  commit: string;
  /**
   * Whether the checkout's files and its build are of this commit and the build succeeded. False from the moment a
   * run touches the checkout until its build has succeeded.
   */
  ok: boolean;
  builtAt: string;
  /** The SHA-256 of the package-lock.json whose `npm ci` completed in it; none while one runs. */
  lock?: string;
}

/** A run under way, as recorded before each step that changes what readers may be served. */
export interface RunState {
  kind: "publish" | "rollback";
  /** The attempt's start (its entry on the status page) and commit. */
  at: string;
  commit: string;
  /** The checkout being prepared or switched to, and the one serving when the run began. */
  checkout: CheckoutName;
  from: CheckoutName;
  /**
   * `prepare`: the checkout's files, libraries and build; `switch`: `current` to `checkout` and the restarts;
   * `back`: `current` back to `from` and its restarts, after the new build did not start.
   */
  step: "prepare" | "switch" | "back";
  pid: number;
}

export interface PublishState {
  checkouts: Partial<Record<CheckoutName, CheckoutState>>;
  /** The newest commit whose publication failed by its own fault: not tried again until another commit arrives. */
  failed?: string;
  /** The commit left by a rollback: not published again until another commit arrives. */
  held?: string;
  /** The run under way; present after a run was killed, until the next one finishes or redoes it. */
  run?: RunState;
}

export class DeployFolder {
  readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  checkout(name: CheckoutName): string {
    return path.join(this.root, name);
  }
  get current(): string {
    return path.join(this.root, "current");
  }
  get dataDir(): string {
    return path.join(this.root, ".publish");
  }
  get statusDir(): string {
    return path.join(this.root, "status");
  }
  get pendingFile(): string {
    return path.join(this.dataDir, "pending");
  }

  /** Problems with the layout, in words an operator can act on; empty when it is as docs/deploy.md describes. */
  problems(): string[] {
    const found: string[] = [];
    for (const name of CHECKOUTS) {
      if (!fs.existsSync(path.join(this.checkout(name), ".git")))
        found.push(`${this.checkout(name)}: không phải một bản sao git (git clone … ${name})`);
    }
    let target: string | null = null;
    try {
      target = fs.readlinkSync(this.current);
    } catch {
      found.push(`${this.current}: thiếu liên kết tới bản đang phục vụ (ln -s a current)`);
    }
    if (target !== null && !CHECKOUTS.includes(path.basename(target) as CheckoutName))
      found.push(`${this.current} trỏ tới ${target}, không phải a hoặc b`);
    return found;
  }

  /** The checkout `current` points at. */
  served(): CheckoutName {
    return path.basename(fs.readlinkSync(this.current)) as CheckoutName;
  }

  /** Point `current` at a checkout in one step: a new link renamed over the old one (atomic on POSIX). */
  switchTo(name: CheckoutName): void {
    const next = `${this.current}.next`;
    fs.rmSync(next, { force: true });
    fs.symlinkSync(name, next);
    fs.renameSync(next, this.current);
  }

  /** The operator's settings: the environment first, then `publish.env` in the deploy folder. */
  settings(env: Record<string, string | undefined> = process.env): Record<string, string | undefined> {
    const file = path.join(this.root, "publish.env");
    const fromFile = fs.existsSync(file) ? dotenv.parse(fs.readFileSync(file)) : {};
    return { ...fromFile, ...env };
  }

  readState(): PublishState {
    try {
      return JSON.parse(fs.readFileSync(path.join(this.dataDir, "state.json"), "utf8")) as PublishState;
    } catch {
      return { checkouts: {} };
    }
  }

  writeState(state: PublishState): void {
    writeAtomically(path.join(this.dataDir, "state.json"), `${JSON.stringify(state, null, 2)}\n`);
  }
}

/** Write a file whole or not at all: readers (nginx, the next run) never see half of it. */
export function writeAtomically(file: string, data: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, data);
  fs.renameSync(temporary, file);
}

export interface RunResult {
  code: number;
  /** The signal that ended the command, when one did (a kill, the out-of-memory killer). */
  signal: NodeJS.Signals | null;
  stdout: string;
  /** The last lines of standard output and error together, for the status page. */
  tail: string[];
}

/**
 * Run a command without blocking the event loop (the lock is kept fresh meanwhile), passing its output on to the
 * publisher's own (the system journal under systemd) and keeping its standard output and last lines.
 */
export function run(
  command: string,
  args: string[],
  { cwd, env, quiet = false }: { cwd: string; env?: Record<string, string | undefined>; quiet?: boolean },
): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd,
      env: env as NodeJS.ProcessEnv | undefined,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let lines: string[] = [];
    const keep = (chunk: Buffer, stream: NodeJS.WriteStream, isStdout: boolean) => {
      const text = chunk.toString("utf8");
      if (isStdout) stdout += text;
      if (!quiet) stream.write(text);
      const more = text.split("\n").filter((line) => line.trim());
      lines = [...lines, ...more.map((line) => (line.length > 500 ? `${line.slice(0, 500)}…` : line))].slice(
        -40,
      );
    };
    child.stdout.on("data", (chunk: Buffer) => keep(chunk, process.stdout, true));
    child.stderr.on("data", (chunk: Buffer) => keep(chunk, process.stderr, false));
    child.on("error", (error) =>
      resolve({ code: 127, signal: null, stdout, tail: [...lines, error.message] }),
    );
    child.on("close", (code, signal) => resolve({ code: code ?? 1, signal, stdout, tail: lines }));
  });
}

/** `git -C dir …`, its standard output trimmed; throws with git's message when it fails. */
export async function git(dir: string, ...args: string[]): Promise<string> {
  const result = await run("git", ["-C", dir, ...args], { cwd: dir, quiet: true });
  if (result.code !== 0) throw new Error(`git ${args.join(" ")}: ${result.tail.join("\n")}`);
  return result.stdout.trim();
}

/** A commit's author and subject, for the status page. */
export async function commitInfo(dir: string, commit: string) {
  const [author = "", subject = ""] = (await git(dir, "log", "-1", "--format=%an <%ae>%x00%s", commit)).split(
    "\0",
  );
  return { author, subject };
}

/** The checkout's files exactly as in `commit` (detached), nothing else left in it. */
export async function checkoutFiles(dir: string, commit: string) {
  await git(dir, "checkout", "--quiet", "--force", "--detach", commit);
  await git(dir, "clean", "-fdq");
}

/** The problems `npm run content:check -- --json` found (its last line), or null when its output is not that. */
export function parseCheck(result: RunResult): ContentProblem[] | null {
  const line = result.stdout.trim().split("\n").at(-1) ?? "";
  try {
    return (JSON.parse(line) as { errors: ContentProblem[] }).errors;
  } catch {
    return null;
  }
}

/** The SHA-256 of a checkout's package-lock.json as its files are now (empty when it has none). */
export function lockHash(dir: string): string {
  const file = path.join(dir, "package-lock.json");
  return crypto
    .createHash("sha256")
    .update(fs.existsSync(file) ? fs.readFileSync(file) : "")
    .digest("hex");
}

/**
 * Whether a checkout needs `npm ci` for the files it now has: no libraries, or none installed from this
 * package-lock.json to the end (`installed`: what the state records; none while an install runs or after one was
 * killed).
 */
export function needsInstall(dir: string, installed: string | undefined): boolean {
  return !fs.existsSync(path.join(dir, "node_modules")) || installed !== lockHash(dir);
}

/** Whether a step's failure is not the commit's fault: a killed command (out of memory, a restart of the server). */
export function killed(result: RunResult): boolean {
  return result.signal !== null || result.code === 137 || result.code === 143;
}
