/**
 * Publish what editors pushed, unattended (`npm run publish -- <deploy-folder>`; docs/deploy.md "Publishing"):
 *
 *  1. bring the idle checkout to the newest commit of its `origin` branch (nothing new: stop here);
 *  2. `npm ci` only when `package-lock.json` changed; check the content, then build (`prepare.ts`);
 *  3. switch `current` to it and restart the site (`switch.ts`, `restart.ts`); if it does not start, switch back.
 *
 * "Published" is said only once readers are served by the new build. A failed step changes nothing readers see,
 * and puts the idle checkout back on its own build's commit, so a rollback never serves a commit that did not
 * build. Every step that changes something is recorded in `.publish/state.json` before it is taken: a run killed
 * at any point (SIGKILL, the out-of-memory killer, a reboot) is marked "interrupted" on the status page by the next
 * run, which redoes the preparation or finishes the switch. A failure that is not the commit's fault (npm's
 * network, a killed command) is tried again by the next run; a content or build error of the commit, or a build
 * that does not start, waits for a new commit. One publication runs at a time; a run that finds another one busy
 * asks it to look again when it is done, so a push during a build is published right after it.
 */
import fs from "node:fs";
import { formatProblem } from "../content/problems";
import { DeployFolder, git, type CheckoutName, type RunState } from "./deploy";
import { withLock } from "./lock";
import { finish, recover, settle, startAttempt } from "./outcome";
import { prepare, restore } from "./prepare";
import { restartPlan, type RestartPlan } from "./restart";
import { switchAndRestart } from "./switch";
import { viPublish as t } from "./vi";

export interface PublishOptions {
  env?: Record<string, string | undefined>;
  log?: (line: string) => void;
}

export type Outcome = "published" | "unchanged" | "queued" | "failed" | "rolledBack";

export interface Context {
  deploy: DeployFolder;
  settings: Record<string, string | undefined>;
  log: (line: string) => void;
}

export const other = (name: CheckoutName): CheckoutName => (name === "a" ? "b" : "a");

async function publishOnce(ctx: Context): Promise<Outcome> {
  const { deploy, log } = ctx;
  const state = deploy.readState();
  if (state.run) {
    const recovered = await recover(ctx, state);
    if (recovered) return recovered;
  }
  const served = deploy.served();
  const idle = other(served);
  const branch = ctx.settings.PUBLISH_BRANCH ?? "main";
  await git(deploy.checkout(idle), "fetch", "--quiet", "--prune", "origin");
  const target = await git(
    deploy.checkout(idle),
    "rev-parse",
    "--verify",
    `refs/remotes/origin/${branch}^{commit}`,
  );
  if (!state.checkouts[served]) {
    // The first run after the set-up: the checkout serving readers is a good build of its commit.
    const dir = deploy.checkout(served);
    state.checkouts[served] = {
      commit: await git(dir, "rev-parse", "HEAD"),
      ok: true,
      builtAt: new Date().toISOString(),
    };
    deploy.writeState(state);
  }
  const servedCommit = state.checkouts[served]!.commit;
  if (target === servedCommit) return (log(t.log.nothingNew(target.slice(0, 10))), "unchanged");
  if (target === state.held) return (log(t.log.heldAfterRollback(target.slice(0, 10))), "unchanged");
  if (target === state.failed) return (log(t.log.failedBefore(target.slice(0, 10))), "unchanged");

  const run: RunState = {
    kind: "publish",
    at: new Date().toISOString(),
    commit: target,
    checkout: idle,
    from: served,
    step: "prepare",
    pid: process.pid,
  };
  const previousBuild = state.checkouts[idle];
  const attempt = await startAttempt(
    ctx,
    run,
    previousBuild?.ok ? { checkout: idle, commit: previousBuild.commit } : null,
  );
  const plan: RestartPlan | null = await restartPlan(ctx);
  if (!plan) {
    log(t.log.noRestartPlan);
    finish(ctx, attempt, { result: "config", log: [t.log.noRestartPlan] });
    return "failed";
  }
  log(t.log.start(target.slice(0, 10), idle));

  if (!(previousBuild?.ok && previousBuild.commit === target)) {
    state.run = run;
    const failed = await prepare(ctx, state, idle, target);
    if (failed) {
      log(t.log.failed(t.results[failed.result]));
      for (const line of [...failed.problems.map(formatProblem), ...failed.log]) log(line);
      if (failed.retry) log(t.log.willRetry);
      else state.failed = target;
      const restored = await restore(ctx, state, idle, previousBuild, failed.built);
      log(restored ? t.log.restored(idle, previousBuild!.commit.slice(0, 10)) : t.log.restoreFailed(idle));
      delete state.run;
      deploy.writeState(state);
      finish(ctx, attempt, {
        result: failed.result,
        problems: failed.problems,
        log: [...failed.log, ...(failed.retry ? [t.retryNote] : [])],
      });
      return "failed";
    }
  }
  return settle(ctx, state, run, attempt, await switchAndRestart(ctx, state, run, plan));
}

function contextOf(root: string, options: PublishOptions): Context {
  const deploy = new DeployFolder(root);
  const problems = deploy.problems();
  if (problems.length) throw new Error(problems.join("\n"));
  return { deploy, settings: deploy.settings(options.env), log: options.log ?? console.log };
}

/** One publication, and another right after it while commits keep arriving. */
export async function publish(root: string, options: PublishOptions = {}): Promise<Outcome> {
  const ctx = contextOf(root, options);
  const { deploy } = ctx;
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
      // A push during the run leaves word (its trigger found the lock held): look again then, and only then, so
      // that a failure tried again by the next trigger is not tried again and again here.
      while (consumePending()) {
        const once = await publishOnce(ctx);
        if (once !== "unchanged") last = once;
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

/**
 * Switch back to the other checkout's build, only when the state records it as a good build, and restart the same
 * way. If it does not start, switch back to the build that served, restart that, and fail.
 */
export async function rollback(root: string, options: PublishOptions = {}): Promise<Outcome> {
  const ctx = contextOf(root, options);
  const result = await withLock(ctx.deploy, async (): Promise<Outcome> => {
    const state = ctx.deploy.readState();
    if (state.run) {
      const recovered = await recover(ctx, state);
      if (recovered) return recovered;
    }
    const served = ctx.deploy.served();
    const back = other(served);
    const build = state.checkouts[back];
    if (!build?.ok) return (ctx.log(t.log.noRollback), "failed");
    const plan = await restartPlan(ctx);
    if (!plan) return (ctx.log(t.log.noRestartPlan), "failed");
    state.checkouts[served] ??= {
      commit: await git(ctx.deploy.checkout(served), "rev-parse", "HEAD"),
      ok: true,
      builtAt: new Date().toISOString(),
    };
    const run: RunState = {
      kind: "rollback",
      at: new Date().toISOString(),
      commit: build.commit,
      checkout: back,
      from: served,
      step: "switch",
      pid: process.pid,
    };
    const attempt = await startAttempt(ctx, run, null);
    return settle(ctx, state, run, attempt, await switchAndRestart(ctx, state, run, plan));
  });
  if (result === "busy") {
    ctx.log(t.log.busy);
    return "failed";
  }
  return result;
}
