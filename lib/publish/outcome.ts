/**
 * A run's attempts on the status page, and what the state says at the end of a run: how a switch ended
 * (`settle`), and what is done about a run that was killed (`recover`).
 */
import { commitInfo, type PublishState, type RunState } from "./deploy";
import type { Context, Outcome } from "./publish";
import { restartPlan } from "./restart";
import { readStatus, recordAttempt, type Attempt } from "./status";
import { switchAndRestart, switchBack } from "./switch";
import { viPublish as t } from "./vi";

/** A new attempt for the status page, written at once. */
export async function startAttempt(
  ctx: Context,
  run: RunState,
  previous: Attempt["previous"],
): Promise<Attempt> {
  const { author, subject } = await commitInfo(ctx.deploy.checkout(run.checkout), run.commit).catch(() => ({
    author: "",
    subject: "",
  }));
  const state = ctx.deploy.readState();
  const attempt: Attempt = {
    at: run.at,
    commit: run.commit,
    author,
    subject,
    result: "running",
    problems: [],
    log: [],
    serving: { checkout: run.from, commit: state.checkouts[run.from]?.commit ?? "" },
    previous,
  };
  recordAttempt(ctx.deploy.statusDir, attempt);
  return attempt;
}

export function finish(ctx: Context, attempt: Attempt, details: Partial<Attempt>) {
  Object.assign(attempt, details);
  recordAttempt(ctx.deploy.statusDir, attempt);
}

/**
 * A run the state says was under way, whose lock is gone: it was killed. Its attempt is marked interrupted. A
 * preparation is left to be redone (the checkout is already "not good"); a switch or a switch back is finished.
 */
export async function recover(ctx: Context, state: PublishState): Promise<Outcome | null> {
  const run = state.run!;
  ctx.log(t.log.interrupted(run.commit.slice(0, 10), run.step));
  const earlier = readStatus(ctx.deploy.statusDir).attempts.find(
    (a) => a.at === run.at && a.commit === run.commit,
  );
  if (earlier)
    finish(ctx, earlier, {
      result: "interrupted",
      log: [...earlier.log, t.log.interrupted(run.commit.slice(0, 10), run.step)],
    });
  if (run.step === "prepare") {
    delete state.run;
    ctx.deploy.writeState(state);
    return null;
  }
  const plan = await restartPlan(ctx);
  if (!plan) throw new Error(t.log.noRestartPlan);
  const resumed: RunState = { ...run, at: new Date().toISOString(), pid: process.pid };
  const attempt = await startAttempt(ctx, resumed, null);
  if (run.step === "back") {
    await switchBack(ctx, state, resumed, plan);
    return settle(ctx, state, resumed, attempt, { ok: false, log: [] });
  }
  ctx.log(t.log.finishing(run.checkout));
  return settle(ctx, state, resumed, attempt, await switchAndRestart(ctx, state, resumed, plan));
}

/** Record how a switch ended: the new build serving, or the commit failed (it does not start). */
export function settle(
  ctx: Context,
  state: PublishState,
  run: RunState,
  attempt: Attempt,
  restart: { ok: boolean; log: string[] },
): Outcome {
  delete state.run;
  const build = state.checkouts[run.checkout]!;
  if (!restart.ok) {
    // A build that does not start is no build to go back to either.
    if (run.kind === "publish") {
      state.failed = run.commit;
      build.ok = false;
    }
    ctx.deploy.writeState(state);
    const result = run.kind === "publish" ? "restart" : "rollbackFailed";
    ctx.log(run.kind === "publish" ? t.log.failed(t.results.restart) : t.log.rollbackFailed(run.checkout));
    finish(ctx, attempt, { result, log: [...attempt.log, ...restart.log] });
    return "failed";
  }
  const left = state.checkouts[run.from];
  if (run.kind === "rollback" && left) state.held = left.commit;
  ctx.deploy.writeState(state);
  finish(ctx, attempt, {
    result: run.kind === "publish" ? "published" : "rolledBack",
    serving: { checkout: run.checkout, commit: build.commit },
    previous: left?.ok ? { checkout: run.from, commit: left.commit } : null,
  });
  ctx.log(
    run.kind === "publish"
      ? t.log.published(build.commit.slice(0, 10), run.checkout)
      : t.log.rolledBack(build.commit.slice(0, 10), run.checkout),
  );
  return run.kind === "publish" ? "published" : "rolledBack";
}
