/**
 * One publication at a time: `.publish/lock` in the deploy folder (proper-lockfile), refreshed while held, so a
 * run that died never blocks the next for long.
 */
import fs from "node:fs";
import path from "node:path";
import lockfile from "proper-lockfile";
import type { DeployFolder } from "./deploy";

/** Run `body` holding the lock; "busy" at once when another run holds it. */
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
