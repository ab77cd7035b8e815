/**
 * Sessions: a random 256-bit token in a `__Host-` cookie (HttpOnly, SameSite=Strict, Secure), of which the
 * database keeps only the SHA-256, so a copy of the database opens no session. A session ends at logout, after
 * an idle time, after an absolute time, and when its account is disabled or its password reset.
 */
import crypto from "node:crypto";
import { accountById, type Account } from "./accounts";
import type { EditorDb } from "./db";

export const SESSION_COOKIE = "__Host-phien";
/** Ended after two hours without a request… */
export const IDLE_MS = 2 * 60 * 60 * 1000;
/** …and twelve hours after the login, whatever happens. */
export const ABSOLUTE_MS = 12 * 60 * 60 * 1000;

const digest = (token: string) => crypto.createHash("sha256").update(token).digest("hex");

/** A pending session (password checked, second factor not yet) lasts five minutes. */
export const PENDING_MS = 5 * 60 * 1000;

/** A new session's token; `pending` while its second factor is still to be given. */
export function createSession(
  db: EditorDb,
  account: Account,
  address: string | null,
  {
    pending = false,
    enrolSecret = null,
    now = Date.now(),
  }: { pending?: boolean; enrolSecret?: string | null; now?: number } = {},
) {
  const token = crypto.randomBytes(32).toString("base64url");
  db.prepare(
    "INSERT INTO sessions (token_hash, user_id, created_at, last_seen, address, pending, enrol_secret) VALUES (?, ?, ?, ?, ?, ?, ?)",
  ).run(digest(token), account.id, now, now, address, pending ? 1 : 0, enrolSecret);
  return token;
}

/** The authenticator secret a pending session is enrolling, if it is. */
export function enrolSecretOf(db: EditorDb, token: string): string | null {
  const row = db
    .prepare("SELECT enrol_secret FROM sessions WHERE token_hash = ? AND pending = 1")
    .get(digest(token)) as { enrol_secret: string | null } | undefined;
  return row?.enrol_secret ?? null;
}

/**
 * The account of a live session (its last use moved to now), or null: unknown, expired or disabled. A pending
 * session answers only when `pending` is asked for, and a full one only when it is not.
 */
export function sessionAccount(
  db: EditorDb,
  token: string | undefined,
  { pending = false, now = Date.now() }: { pending?: boolean; now?: number } = {},
): Account | null {
  if (!token || token.length > 100) return null;
  const hash = digest(token);
  const row = db
    .prepare("SELECT user_id, created_at, last_seen, pending FROM sessions WHERE token_hash = ?")
    .get(hash) as { user_id: number; created_at: number; last_seen: number; pending: number } | undefined;
  if (!row || row.pending !== (pending ? 1 : 0)) return null;
  const account = accountById(db, row.user_id);
  const idle = pending ? PENDING_MS : IDLE_MS;
  if (!account || account.disabled || now - row.last_seen > idle || now - row.created_at > ABSOLUTE_MS) {
    db.prepare("DELETE FROM sessions WHERE token_hash = ?").run(hash);
    return null;
  }
  db.prepare("UPDATE sessions SET last_seen = ? WHERE token_hash = ?").run(now, hash);
  return account;
}

export function endSession(db: EditorDb, token: string | undefined) {
  if (token) db.prepare("DELETE FROM sessions WHERE token_hash = ?").run(digest(token));
}

/** The cookie that carries a session (`Secure` always: browsers keep it on http://localhost too). */
export function sessionCookie(token: string, maxAgeSeconds = ABSOLUTE_MS / 1000): string {
  return `${SESSION_COOKIE}=${token}; Path=/; Max-Age=${maxAgeSeconds}; HttpOnly; Secure; SameSite=Strict`;
}

/** The cookie of a login whose second factor is still to come: five minutes. */
export const PENDING_COOKIE = "__Host-cho";
export const pendingCookie = (token: string, maxAgeSeconds = PENDING_MS / 1000) =>
  `${PENDING_COOKIE}=${token}; Path=/; Max-Age=${maxAgeSeconds}; HttpOnly; Secure; SameSite=Strict`;

export const clearedSessionCookie = () =>
  `${SESSION_COOKIE}=; Path=/; Max-Age=0; HttpOnly; Secure; SameSite=Strict`;
