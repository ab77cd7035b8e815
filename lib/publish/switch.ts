/**
 * Switching what readers are served: `current` to a checkout holding a good build, then the restarts. Each step is
 * written to the state before it is taken (`switch`, then `back` if the new build does not start), so that a run
 * killed between them is finished the same way by the next run (lib/publish/publish.ts `recover`).
 */
import type { PublishState, RunState } from "./deploy";
import type { Context } from "./publish";
import { restartAll, type RestartPlan } from "./restart";
import { viPublish as t } from "./vi";

export interface SwitchResult {
  /** Readers are served by `run.checkout`'s build. */
  ok: boolean;
  /** What the failed restart said. */
  log: string[];
}

/**
 * Serve `run.checkout`: point `current` at it and restart. If it does not start, point `current` back at
 * `run.from` and restart that. The state keeps the run (with its step) until the caller records the outcome.
 */
export async function switchAndRestart(
  ctx: Context,
  state: PublishState,
  run: RunState,
  plan: RestartPlan,
): Promise<SwitchResult> {
  state.run = { ...run, step: "switch" };
  ctx.deploy.writeState(state);
  ctx.deploy.switchTo(run.checkout);
  const restart = await restartAll(ctx, plan);
  if (restart.ok) return restart;
  await switchBack(ctx, state, run, plan);
  return restart;
}

/** `current` back to `run.from`, restarted: after a new build that did not start. */
export async function switchBack(
  ctx: Context,
  state: PublishState,
  run: RunState,
  plan: RestartPlan,
): Promise<void> {
  state.run = { ...run, step: "back" };
  ctx.deploy.writeState(state);
  ctx.deploy.switchTo(run.from);
  const back = await restartAll(ctx, plan);
  if (!back.ok) {
    ctx.log(t.log.backFailed);
    for (const line of back.log) ctx.log(line);
  }
}
