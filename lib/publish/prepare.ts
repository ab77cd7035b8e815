/**
 * Preparing the idle checkout for a commit — its files, its libraries when package-lock.json changed, the content
 * check, the build — and putting it back on its last good build when that fails. The state calls the checkout
 * "not good" from before its first change until its build has succeeded, and records which package-lock.json its
 * libraries were installed from only once `npm ci` has completed: a run killed at any point leaves a state the next
 * run can trust.
 */
import type { ContentProblem } from "../content/problems";
import {
  checkoutFiles,
  git,
  killed,
  lockHash,
  needsInstall,
  parseCheck,
  run,
  type CheckoutName,
  type CheckoutState,
  type PublishState,
} from "./deploy";
import type { Context } from "./publish";
import { viPublish as t } from "./vi";

export interface PrepareFailure {
  result: "install" | "content" | "build";
  /** Not the commit's fault (npm's network, a killed command): the next run tries it again. */
  retry: boolean;
  problems: ContentProblem[];
  log: string[];
  /** The build was started: the checkout's previous build is gone. */
  built: boolean;
}

/** The environment of the install and build steps: the operator's settings; the build sets NODE_ENV itself. */
function stepEnv(settings: Record<string, string | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(settings).filter(([name]) => name !== "NODE_ENV"));
}

/** `npm ci` when the checkout's libraries are not those of its package-lock.json; recorded once complete. */
async function install(ctx: Context, state: PublishState, name: CheckoutName) {
  const dir = ctx.deploy.checkout(name);
  const checkout = state.checkouts[name]!;
  if (!needsInstall(dir, checkout.lock)) return null;
  ctx.log(t.log.step("npm ci"));
  delete checkout.lock;
  ctx.deploy.writeState(state);
  const result = await run("npm", ["ci"], { cwd: dir, env: stepEnv(ctx.settings) });
  if (result.code !== 0) return result;
  checkout.lock = lockHash(dir);
  ctx.deploy.writeState(state);
  return null;
}

/** Bring checkout `name` to `target` and build it; null when its build is good, else what failed. */
export async function prepare(
  ctx: Context,
  state: PublishState,
  name: CheckoutName,
  target: string,
): Promise<PrepareFailure | null> {
  const dir = ctx.deploy.checkout(name);
  const env = stepEnv(ctx.settings);
  const before = state.checkouts[name];
  state.checkouts[name] = {
    commit: before?.commit ?? (await git(dir, "rev-parse", "HEAD")),
    builtAt: before?.builtAt ?? new Date(0).toISOString(),
    ...(before?.lock ? { lock: before.lock } : {}),
    ok: false,
  };
  ctx.deploy.writeState(state);
  const failure = (result: PrepareFailure["result"], retry: boolean, details: Partial<PrepareFailure>) => ({
    result,
    retry,
    problems: [],
    log: [],
    built: false,
    ...details,
  });

  ctx.log(t.log.step(`git checkout ${target.slice(0, 10)}`));
  await checkoutFiles(dir, target);
  const installed = await install(ctx, state, name);
  // npm's failures are its network's or the registry's far more often than the commit's: tried again.
  if (installed) return failure("install", true, { log: installed.tail });

  ctx.log(t.log.step("npm run content:check"));
  const check = await run("npm", ["run", "--silent", "content:check", "--", "--json"], {
    cwd: dir,
    env,
    quiet: true,
  });
  const problems = parseCheck(check);
  if (killed(check)) return failure("content", true, { log: check.tail });
  if (problems === null) return failure("content", false, { log: check.tail });
  if (check.code !== 0 || problems.length) return failure("content", false, { problems });

  ctx.log(t.log.step("npm run build"));
  const build = await run("npm", ["run", "build"], { cwd: dir, env });
  if (build.code !== 0) return failure("build", killed(build), { log: build.tail, built: true });

  state.checkouts[name] = {
    ...state.checkouts[name]!,
    commit: target,
    ok: true,
    builtAt: new Date().toISOString(),
  };
  ctx.deploy.writeState(state);
  return null;
}

/**
 * Put checkout `name` back on its last good build (`previous`), rebuilding what the failed run overwrote; it is
 * recorded good again only once it is. Without a good previous build it stays "not good", and no rollback uses it.
 */
export async function restore(
  ctx: Context,
  state: PublishState,
  name: CheckoutName,
  previous: CheckoutState | undefined,
  built: boolean,
): Promise<boolean> {
  if (!previous?.ok) return false;
  const dir = ctx.deploy.checkout(name);
  await checkoutFiles(dir, previous.commit);
  if (await install(ctx, state, name)) return false;
  if (built && (await run("npm", ["run", "build"], { cwd: dir, env: stepEnv(ctx.settings) })).code !== 0)
    return false;
  state.checkouts[name] = { ...previous, ...state.checkouts[name], commit: previous.commit, ok: true };
  if (built) state.checkouts[name]!.builtAt = new Date().toISOString();
  ctx.deploy.writeState(state);
  return true;
}
