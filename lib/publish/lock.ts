/**
 * One publication at a time: `.publish/lock` in the deploy folder (proper-lockfile), refreshed while held, so a
 * run that died never blocks the next for long; and `.publish/lock-owner`, the holder's process id, so that a run
 * killed outright (SIGKILL, the out-of-memory killer) is seen dead at once rather than after the lock goes stale.
 */
import fs from "node:fs";
import path from "node:path";
import lockfile from "proper-lockfile";
import { isAlive } from "../process-alive";
import type { DeployFolder } from "./deploy";

/** Run `body` holding the lock; "busy" at once when another living run holds it. */
export async function withLock<T>(deploy: DeployFolder, body: () => Promise<T>): Promise<T | "busy"> {
  fs.mkdirSync(deploy.dataDir, { recursive: true });
  const lockPath = path.join(deploy.dataDir, "lock");
  const ownerFile = path.join(deploy.dataDir, "lock-owner");
  const take = () =>
    lockfile.lock(deploy.dataDir, {
      lockfilePath: lockPath,
      // Refreshed every 5 s while held; a lock not refreshed for 30 s belonged to a run that died.
      stale: 30_000,
      update: 5_000,
      retries: 0,
      realpath: false,
    });
  let release: () => Promise<void>;
  try {
    release = await take();
  } catch (error) {
    if ((error as { code?: string }).code !== "ELOCKED") throw error;
    const owner = Number(fs.existsSync(ownerFile) ? fs.readFileSync(ownerFile, "utf8") : NaN);
    if (!Number.isInteger(owner) || owner === process.pid || isAlive(owner)) return "busy";
    // Its holder is gone: the lock is left over.
    fs.rmSync(lockPath, { recursive: true, force: true });
    try {
      release = await take();
    } catch (again) {
      if ((again as { code?: string }).code === "ELOCKED") return "busy";
      throw again;
    }
  }
  fs.writeFileSync(ownerFile, String(process.pid));
  try {
    return await body();
  } finally {
    fs.rmSync(ownerFile, { force: true });
    await release();
  }
}
