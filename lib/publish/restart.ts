/**
 * Restarting the site's instances after a switch of `current`, one at a time, each answering before the next, so
 * that readers are always served by one of them.
 */
import { run } from "./deploy";
import type { Context } from "./publish";
import { viPublish as t } from "./vi";

/** The ports of the instances, in order: PUBLISH_INSTANCES, else the active systemd template instances. */
async function instances(ctx: Context): Promise<string[]> {
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
