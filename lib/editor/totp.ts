/**
 * Two-factor login with time-based one-time codes (RFC 6238: 6 digits, 30 seconds, SHA-1, as every authenticator
 * app reads them), by the `otpauth` library. A code is accepted once: the step it belongs to is kept, and a code of
 * that step or an earlier one is refused, so a code seen over a shoulder or replayed is worth nothing.
 */
import { Secret, TOTP } from "otpauth";
import type { Account } from "./accounts";
import type { EditorDb } from "./db";

const PERIOD = 30;

const totpOf = (secret: string, label = "") =>
  new TOTP({
    issuer: "Quản trị",
    label,
    algorithm: "SHA1",
    digits: 6,
    period: PERIOD,
    secret: Secret.fromBase32(secret),
  });

/** A new secret (160 bits, base32) and the `otpauth://` address an authenticator app reads from a QR code. */
export function newTotpSecret(label: string): { secret: string; uri: string } {
  const secret = new Secret({ size: 20 }).base32;
  return { secret, uri: totpOf(secret, label).toString() };
}

/** The `otpauth://` address of a secret, for an authenticator app. */
export const totpUri = (secret: string, label: string) => totpOf(secret, label).toString();

/** Whether a code is right for the secret now (one step of drift either way), and at which step. */
export function totpStep(secret: string, code: string, now = Date.now()): number | null {
  if (!/^\d{6}$/.test(code.trim())) return null;
  const delta = totpOf(secret).validate({ token: code.trim(), timestamp: now, window: 1 });
  return delta === null ? null : Math.floor(now / 1000 / PERIOD) + delta;
}

/** Check an account's code and spend it: true once per code. */
export function spendTotpCode(db: EditorDb, account: Account, code: string, now = Date.now()): boolean {
  if (!account.totpSecret) return false;
  const step = totpStep(account.totpSecret, code, now);
  if (step === null) return false;
  // Spent atomically: of two requests with one code, only one moves the step.
  const spent = db
    .prepare(
      "UPDATE users SET totp_last_step = ? WHERE id = ? AND (totp_last_step IS NULL OR totp_last_step < ?)",
    )
    .run(step, account.id, step);
  return spent.changes === 1;
}

/** Keep a secret the account has confirmed with its first code (that code spent). */
export function enrolTotp(
  db: EditorDb,
  account: Account,
  secret: string,
  code: string,
  now = Date.now(),
): boolean {
  const step = totpStep(secret, code, now);
  if (step === null) return false;
  db.prepare("UPDATE users SET totp_secret = ?, totp_last_step = ? WHERE id = ?").run(
    secret,
    step,
    account.id,
  );
  return true;
}

/** The current code of a secret (for tests and the enrolment's check). */
export const totpCode = (secret: string, now = Date.now()) => totpOf(secret).generate({ timestamp: now });
