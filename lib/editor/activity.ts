/**
 * The activity log: logins, failed logins, saves, submissions, publications and account changes — who, what, when
 * (UTC) and from where — readable by the administrators (quản trị). Entries are only ever added.
 */
import type { EditorDb } from "./db";
import type { Action } from "./workflow";

export type ActivityAction =
  | "login"
  | "login-failed"
  | "logout"
  | "account-added"
  | "account-disabled"
  | "password-reset"
  | "totp-reset"
  /** The newsroom's steps (lib/editor/workflow.ts), files added alone, and a version restored. */
  | Action
  | "them-tep"
  | "khoi-phuc";

export interface ActivityEntry {
  /** ISO 8601, UTC. */
  at: string;
  login: string | null;
  action: ActivityAction;
  detail: string | null;
  address: string | null;
}

export function logActivity(
  db: EditorDb,
  entry: { login?: string | null; action: ActivityAction; detail?: string; address?: string | null },
  now: Date = new Date(),
) {
  db.prepare("INSERT INTO activity (at, login, action, detail, address) VALUES (?, ?, ?, ?, ?)").run(
    now.toISOString(),
    entry.login ?? null,
    entry.action,
    entry.detail ?? null,
    entry.address ?? null,
  );
}

/** The newest entries first, `offset` entries skipped. */
export function recentActivity(db: EditorDb, limit = 200, offset = 0): ActivityEntry[] {
  return db
    .prepare("SELECT at, login, action, detail, address FROM activity ORDER BY id DESC LIMIT ? OFFSET ?")
    .all(limit, offset) as ActivityEntry[];
}

export function activityCount(db: EditorDb): number {
  return (db.prepare("SELECT count(*) AS n FROM activity").get() as { n: number }).n;
}
