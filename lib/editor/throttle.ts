/**
 * Login attempts, limited per account and per address without locking a real user out for long (ASVS 5, 6.3.1):
 * the first 5 failures in 15 minutes cost nothing; each failure after that makes the next attempt wait longer
 * (30 s, 1 min, 2 min… at most 15 min), and a failure older than 15 minutes no longer counts. An address is allowed
 * more failures (30) before it waits: many staff may share one office address.
 */
import type { EditorDb } from "./db";

export const WINDOW_MS = 15 * 60 * 1000;
const FREE = { account: 5, address: 30 } as const;
const FIRST_WAIT_MS = 30_000;

type Kind = keyof typeof FREE;

const keyOf = (kind: Kind, value: string) => `${kind}:${value.toLowerCase()}`;

/** How long (ms) the next attempt for this account or from this address must wait; 0 when it may go now. */
export function waitBeforeLogin(db: EditorDb, login: string, address: string, now = Date.now()): number {
  let wait = 0;
  for (const [kind, value] of [
    ["account", login],
    ["address", address],
  ] as const) {
    const rows = db
      .prepare("SELECT at FROM login_failures WHERE key = ? AND at > ? ORDER BY at")
      .all(keyOf(kind, value), now - WINDOW_MS) as { at: number }[];
    const over = rows.length - FREE[kind];
    if (over < 0) continue;
    const last = rows.at(-1)!.at;
    const penalty = Math.min(FIRST_WAIT_MS * 2 ** over, WINDOW_MS);
    wait = Math.max(wait, last + penalty - now);
  }
  return Math.max(0, wait);
}

export function recordLoginFailure(db: EditorDb, login: string, address: string, now = Date.now()) {
  const insert = db.prepare("INSERT INTO login_failures (key, at) VALUES (?, ?)");
  db.transaction(() => {
    insert.run(keyOf("account", login), now);
    insert.run(keyOf("address", address), now);
    db.prepare("DELETE FROM login_failures WHERE at <= ?").run(now - WINDOW_MS);
  })();
}

/** A successful login forgets the account's failures (not the address's). */
export function clearAccountFailures(db: EditorDb, login: string) {
  db.prepare("DELETE FROM login_failures WHERE key = ?").run(keyOf("account", login));
}
