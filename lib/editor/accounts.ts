/**
 * The editor's accounts (tài khoản) and their roles, after WordPress's: a *phóng viên* writes and submits for
 * review, a *biên tập* edits anything, publishes, schedules and returns pieces with a note, a *quản trị* also
 * manages the accounts. Disabling an account ends its sessions; it is never deleted (the log and git history name
 * it).
 */
import type { EditorDb } from "./db";
import { logActivity } from "./activity";
import { hashPassword, passwordProblem } from "./passwords";
import { viEditor } from "./vi";

export const ROLES = ["phong-vien", "bien-tap", "quan-tri"] as const;
export type Role = (typeof ROLES)[number];

/** What each role may do. */
export const CAN = {
  editOwnDrafts: (role: Role) => ROLES.includes(role),
  editAny: (role: Role) => role === "bien-tap" || role === "quan-tri",
  publish: (role: Role) => role === "bien-tap" || role === "quan-tri",
  manageAccounts: (role: Role) => role === "quan-tri",
  readActivity: (role: Role) => role === "quan-tri",
};

export interface Account {
  id: number;
  login: string;
  name: string;
  email: string | null;
  role: Role;
  passwordHash: string;
  totpSecret: string | null;
  totpLastStep: number | null;
  disabled: boolean;
}

const LOGIN = /^[a-z0-9._-]{3,32}$/;

export class AccountError extends Error {}

interface Row {
  id: number;
  login: string;
  name: string;
  email: string | null;
  role: Role;
  password_hash: string;
  totp_secret: string | null;
  totp_last_step: number | null;
  disabled_at: string | null;
}

const account = (row: Row | undefined): Account | null =>
  row
    ? {
        id: row.id,
        login: row.login,
        name: row.name,
        email: row.email,
        role: row.role,
        passwordHash: row.password_hash,
        totpSecret: row.totp_secret,
        totpLastStep: row.totp_last_step,
        disabled: row.disabled_at !== null,
      }
    : null;

export function findAccount(db: EditorDb, login: string): Account | null {
  return account(db.prepare("SELECT * FROM users WHERE login = ?").get(login.trim().toLowerCase()) as Row);
}

export function accountById(db: EditorDb, id: number): Account | null {
  return account(db.prepare("SELECT * FROM users WHERE id = ?").get(id) as Row);
}

export function listAccounts(db: EditorDb): Account[] {
  return (db.prepare("SELECT * FROM users ORDER BY login").all() as Row[]).map((row) => account(row)!);
}

export async function addAccount(
  db: EditorDb,
  fields: { login: string; name: string; role: string; email?: string; password: string },
  by: string | null = null,
): Promise<Account> {
  const login = fields.login.trim().toLowerCase();
  if (!LOGIN.test(login)) throw new AccountError(viEditor.cli.badLogin);
  if (!(ROLES as readonly string[]).includes(fields.role)) throw new AccountError(viEditor.cli.badRole);
  if (!fields.name.trim()) throw new AccountError(viEditor.cli.noName);
  if (findAccount(db, login)) throw new AccountError(viEditor.cli.exists(login));
  const problem = passwordProblem(fields.password, login);
  if (problem) throw new AccountError(problem);
  const hash = await hashPassword(fields.password);
  db.prepare(
    "INSERT INTO users (login, name, email, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)",
  ).run(login, fields.name.trim(), fields.email?.trim() || null, fields.role, hash, new Date().toISOString());
  logActivity(db, { login: by, action: "account-added", detail: `${login} (${fields.role})` });
  return findAccount(db, login)!;
}

function existing(db: EditorDb, login: string): Account {
  const found = findAccount(db, login);
  if (!found) throw new AccountError(viEditor.cli.missing(login));
  return found;
}

/** Lock an account out: it can no longer log in, and its sessions end now. */
export function disableAccount(db: EditorDb, login: string, by: string | null = null) {
  const found = existing(db, login);
  db.transaction(() => {
    db.prepare("UPDATE users SET disabled_at = ? WHERE id = ?").run(new Date().toISOString(), found.id);
    db.prepare("DELETE FROM sessions WHERE user_id = ?").run(found.id);
  })();
  logActivity(db, { login: by, action: "account-disabled", detail: found.login });
}

/** A new password (and, when asked, a new TOTP enrolment); the account's sessions end. */
export async function resetAccount(
  db: EditorDb,
  login: string,
  password: string,
  { totp = false, by = null }: { totp?: boolean; by?: string | null } = {},
) {
  const found = existing(db, login);
  const problem = passwordProblem(password, found.login);
  if (problem) throw new AccountError(problem);
  const hash = await hashPassword(password);
  db.transaction(() => {
    db.prepare("UPDATE users SET password_hash = ?, disabled_at = NULL WHERE id = ?").run(hash, found.id);
    if (totp)
      db.prepare("UPDATE users SET totp_secret = NULL, totp_last_step = NULL WHERE id = ?").run(found.id);
    db.prepare("DELETE FROM sessions WHERE user_id = ?").run(found.id);
  })();
  logActivity(db, { login: by, action: "password-reset", detail: found.login });
  if (totp) logActivity(db, { login: by, action: "totp-reset", detail: found.login });
}

/** A newer hash of the same password (made with today's parameters at a login). */
export function updatePasswordHash(db: EditorDb, id: number, hash: string) {
  db.prepare("UPDATE users SET password_hash = ? WHERE id = ?").run(hash, id);
}
