/**
 * Restarting the site after a switch of `current`. The operator says how (docs/deploy.md "Publishing"):
 *
 *  - `PUBLISH_INSTANCES` (ports): each instance is restarted in turn with `PUBLISH_RESTART` (PORT set; default
 *    `systemctl restart "tin-huyen-uy@$PORT"`), and must answer 200 on `/` before the next, so that readers are
 *    always served by one of them;
 *  - only `PUBLISH_RESTART`: the command is run once, without PORT, and its exit status is the verdict (the
 *    deployment's example waits until the site answers);
 *  - neither: the active `tin-huyen-uy@<port>` systemd units, restarted as with `PUBLISH_INSTANCES`.
 *
 * With none of these there is nothing that would make readers see the new build, so there is no plan: the
 * publisher says what to set and publishes nothing.
 */
import { run } from "./deploy";
import type { Context } from "./publish";
import { viPublish as t } from "./vi";

export const DEFAULT_RESTART = 'systemctl restart "tin-huyen-uy@$PORT"';

export type RestartPlan =
  { kind: "instances"; ports: string[]; command: string } | { kind: "command"; command: string };

/** The active systemd template instances' ports. */
async function systemdPorts(ctx: Context): Promise<string[]> {
  const units = await run(
    "systemctl",
    ["list-units", "tin-huyen-uy@*.service", "--state=active", "--no-legend", "--plain"],
    { cwd: ctx.deploy.root, quiet: true },
  );
  if (units.code !== 0) return [];
  return [...units.stdout.matchAll(/tin-huyen-uy@(\d+)\.service/g)].map((m) => m[1]!);
}

/** How the site is restarted here, or null when nothing says how. */
export async function restartPlan(ctx: Context): Promise<RestartPlan | null> {
  const listed = (ctx.settings.PUBLISH_INSTANCES ?? "").split(/[\s,]+/).filter(Boolean);
  const command = ctx.settings.PUBLISH_RESTART?.trim() || undefined;
  if (listed.length) return { kind: "instances", ports: listed, command: command ?? DEFAULT_RESTART };
  if (command) return { kind: "command", command };
  const ports = await systemdPorts(ctx);
  return ports.length ? { kind: "instances", ports, command: DEFAULT_RESTART } : null;
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

/** Restart the site as the plan says; `ok` only when every instance answers (or the command succeeded). */
export async function restartAll(ctx: Context, plan: RestartPlan): Promise<{ ok: boolean; log: string[] }> {
  if (plan.kind === "command") {
    ctx.log(t.log.restartingAll);
    const result = await run("sh", ["-c", plan.command], { cwd: ctx.deploy.root, env: ctx.settings });
    return result.code === 0
      ? { ok: true, log: [] }
      : { ok: false, log: [...result.tail, t.log.restartCommandFailed(result.code)] };
  }
  const wait = Number(ctx.settings.PUBLISH_WAIT_SECONDS ?? 120) * 1000;
  for (const port of plan.ports) {
    ctx.log(t.log.restarting(port));
    const result = await run("sh", ["-c", plan.command], {
      cwd: ctx.deploy.root,
      env: { ...ctx.settings, PORT: port },
    });
    if (result.code !== 0 || !(await answers(port, wait)))
      return { ok: false, log: [...result.tail, t.log.noAnswer(port)] };
  }
  return { ok: true, log: [] };
}
