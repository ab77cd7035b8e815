/**
 * Publish what editors pushed, unattended (`npm run publish -- <deploy-folder>`; docs/deploy.md "Publishing"):
 *
 *  1. bring the idle checkout to the newest commit of its `origin` branch (nothing new: stop here);
 *  2. `npm ci` only when `package-lock.json` changed;
 *  3. check the content, then build;
 *  4. switch `current` to it;
 *  5. restart the instances one at a time, each answering before the next.
 *
 * A failed step changes nothing readers see, and puts the idle checkout back on its own build's commit (rebuilt
 * when the failed build overwrote it), so a rollback or a restart never serves a commit that did not build. Every
 * attempt is written to the status page and the journal. One publication runs at a time; a run that finds another
 * one busy asks it to look again when it is done, so a push during a build is published right after it.
 */
import fs from "node:fs";
import path from "node:path";
import { formatProblem } from "../content/problems";
import { DeployFolder, git, run, type PublishState } from "./deploy";
import { recordAttempt, type Attempt, type AttemptResult } from "./status";
import {
  checkoutFiles,
  commitInfo,
  layoutOrThrow,
  other,
  parseCheck,
  restartAll,
  stepEnv,
  withLock,
  type Context,
} from "./steps";
import { viPublish as t } from "./vi";

export interface PublishOptions {
  env?: Record<string, string | undefined>;
  log?: (line: string) => void;
}

export type Outcome = "published" | "unchanged" | "queued" | "failed" | "rolledBack";

async function publishOnce(ctx: Context): Promise<Outcome> {
  const { deploy, log } = ctx;
  const state = deploy.readState();
  const served = deploy.served();
  const idle = other(served);
  const idleDir = deploy.checkout(idle);
  const branch = ctx.settings.PUBLISH_BRANCH ?? "main";

  await git(idleDir, "fetch", "--quiet", "--prune", "origin");
  const target = await git(idleDir, "rev-parse", "--verify", `refs/remotes/origin/${branch}^{commit}`);
  const servedCommit =
    state.checkouts[served]?.commit ?? (await git(deploy.checkout(served), "rev-parse", "HEAD"));
  if (!state.checkouts[served]) {
    // The first run after the set-up: the checkout serving readers is a good build of its commit.
    state.checkouts[served] = { commit: servedCommit, ok: true, builtAt: new Date().toISOString() };
    deploy.writeState(state);
  }
  if (target === servedCommit) return (log(t.log.nothingNew(target.slice(0, 10))), "unchanged");
  if (target === state.held) return (log(t.log.heldAfterRollback(target.slice(0, 10))), "unchanged");
  if (target === state.failed) return (log(t.log.failedBefore(target.slice(0, 10))), "unchanged");

  const previous = await git(idleDir, "rev-parse", "HEAD");
  const previousBuild = state.checkouts[idle];
  const { author, subject } = await commitInfo(idleDir, target);
  const attempt: Attempt = {
    at: new Date().toISOString(),
    commit: target,
    author,
    subject,
    result: "running",
    problems: [],
    log: [],
    serving: { checkout: served, commit: servedCommit },
    previous: previousBuild?.ok ? { checkout: idle, commit: previousBuild.commit } : null,
  };
  recordAttempt(deploy.statusDir, attempt);
  log(t.log.start(target.slice(0, 10), idle));

  const env = stepEnv(ctx.settings);
  let installed = false;
  let built = false;
  const fail = async (result: AttemptResult, details: Partial<Attempt>): Promise<Outcome> => {
    Object.assign(attempt, { result, ...details });
    log(t.log.failed(t.results[result]));
    for (const line of attempt.problems.map(formatProblem)) log(line);
    for (const line of attempt.log) log(line);
    // Put the idle checkout back on its own build's commit: files, libraries and, if overwritten, the build.
    const restored: PublishState = { ...state, failed: target };
    await checkoutFiles(idleDir, previous);
    let ok = previousBuild?.ok === true && previousBuild.commit === previous;
    if (installed && (await run("npm", ["ci"], { cwd: idleDir, env })).code !== 0) ok = false;
    if (built && ok && (await run("npm", ["run", "build"], { cwd: idleDir, env })).code !== 0) ok = false;
    if (previousBuild) restored.checkouts = { ...state.checkouts, [idle]: { ...previousBuild, ok } };
    log(ok ? t.log.restored(idle, previous.slice(0, 10)) : t.log.restoreFailed(idle));
    deploy.writeState(restored);
    recordAttempt(deploy.statusDir, attempt);
    return "failed";
  };

  log(t.log.step(`git checkout ${target.slice(0, 10)}`));
  await checkoutFiles(idleDir, target);

  const lockChanged =
    !fs.existsSync(path.join(idleDir, "node_modules")) ||
    (await run("git", ["-C", idleDir, "diff", "--quiet", previous, target, "--", "package-lock.json"], {
      cwd: idleDir,
      quiet: true,
    }).then((r) => r.code !== 0));
  if (lockChanged) {
    log(t.log.step("npm ci"));
    installed = true;
    const install = await run("npm", ["ci"], { cwd: idleDir, env });
    if (install.code !== 0) return fail("install", { log: install.tail });
  }

  log(t.log.step("npm run content:check"));
  const check = await run("npm", ["run", "--silent", "content:check", "--", "--json"], {
    cwd: idleDir,
    env,
    quiet: true,
  });
  const problems = parseCheck(check);
  if (problems === null) return fail("content", { log: check.tail });
  if (check.code !== 0 || problems.length) return fail("content", { problems });

  log(t.log.step("npm run build"));
  built = true;
  const build = await run("npm", ["run", "build"], { cwd: idleDir, env });
  if (build.code !== 0) return fail("build", { log: build.tail });

  const published: PublishState = {
    checkouts: {
      ...state.checkouts,
      [idle]: { commit: target, ok: true, builtAt: new Date().toISOString() },
    },
  };
  deploy.writeState(published);
  deploy.switchTo(idle);
  const restart = await restartAll(ctx);
  if (!restart.ok) {
    // The new build does not start: back to the one that served, restarted the same way.
    deploy.switchTo(served);
    await restartAll(ctx);
    deploy.writeState({ ...published, failed: target });
    Object.assign(attempt, { result: "restart", log: restart.log });
    log(t.log.failed(t.results.restart));
    recordAttempt(deploy.statusDir, attempt);
    return "failed";
  }
  Object.assign(attempt, {
    result: "published",
    serving: { checkout: idle, commit: target },
    previous: state.checkouts[served]?.ok !== false ? { checkout: served, commit: servedCommit } : null,
  });
  recordAttempt(deploy.statusDir, attempt);
  log(t.log.published(target.slice(0, 10), idle));
  return "published";
}

/** One publication, and another right after it while commits keep arriving. */
export async function publish(root: string, options: PublishOptions = {}): Promise<Outcome> {
  const deploy = new DeployFolder(root);
  layoutOrThrow(deploy);
  const ctx: Context = { deploy, settings: deploy.settings(options.env), log: options.log ?? console.log };
  const consumePending = () => {
    const pending = fs.existsSync(deploy.pendingFile);
    fs.rmSync(deploy.pendingFile, { force: true });
    return pending;
  };
  // Asked first, then the lock: a run that holds it checks for this file after releasing it (no push is lost).
  fs.mkdirSync(deploy.dataDir, { recursive: true });
  fs.writeFileSync(deploy.pendingFile, "");
  let outcome: Outcome = "unchanged";
  for (;;) {
    const result = await withLock(deploy, async () => {
      let last: Outcome = "unchanged";
      while (consumePending()) {
        const once = await publishOnce(ctx);
        if (once !== "unchanged") last = once;
        // A push may have arrived during the build: look once more.
        if (once !== "unchanged") fs.writeFileSync(deploy.pendingFile, "");
      }
      return last;
    });
    if (result === "busy") {
      ctx.log(t.log.busy);
      return "queued";
    }
    if (result !== "unchanged") outcome = result;
    if (!fs.existsSync(deploy.pendingFile)) return outcome;
  }
}

/** Switch back to the other checkout's build, when it is a good one, and restart the same way. */
export async function rollback(root: string, options: PublishOptions = {}): Promise<Outcome> {
  const deploy = new DeployFolder(root);
  layoutOrThrow(deploy);
  const ctx: Context = { deploy, settings: deploy.settings(options.env), log: options.log ?? console.log };
  const result = await withLock(deploy, async (): Promise<Outcome> => {
    const state = deploy.readState();
    const served = deploy.served();
    const back = other(served);
    const build = state.checkouts[back];
    if (!build?.ok) {
      ctx.log(t.log.noRollback);
      return "failed";
    }
    const left = state.checkouts[served]?.commit ?? (await git(deploy.checkout(served), "rev-parse", "HEAD"));
    deploy.switchTo(back);
    const restart = await restartAll(ctx);
    deploy.writeState({ ...state, held: left });
    const { author, subject } = await commitInfo(deploy.checkout(back), build.commit);
    recordAttempt(deploy.statusDir, {
      at: new Date().toISOString(),
      commit: build.commit,
      author,
      subject,
      result: "rolledBack",
      problems: [],
      log: restart.log,
      serving: { checkout: back, commit: build.commit },
      previous: { checkout: served, commit: left },
    });
    ctx.log(t.log.rolledBack(build.commit.slice(0, 10), back));
    return restart.ok ? "rolledBack" : "failed";
  });
  if (result === "busy") {
    ctx.log(t.log.busy);
    return "failed";
  }
  return result;
}
