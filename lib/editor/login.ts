/**
 * A login, step by step: the password (throttled per account and address, `throttle.ts`), then — for the roles
 * that need it — the second factor (`totp.ts`): a first login of such an account enrols an authenticator app. Each
 * step answers what the form should show next; every login and failure goes into the activity log. An unknown
 * login costs the same hashing time as a known one, so the answer's timing does not tell which logins exist.
 */
import { CAN, findAccount, updatePasswordHash, type Account } from "./accounts";
import { logActivity } from "./activity";
import type { EditorDb } from "./db";
import { hashPassword, needsRehash, verifyPassword } from "./passwords";
import { createSession, endSession, enrolSecretOf, sessionAccount } from "./sessions";
import { clearAccountFailures, recordLoginFailure, waitBeforeLogin } from "./throttle";
import { enrolTotp, newTotpSecret, spendTotpCode } from "./totp";

export interface LoginPolicy {
  /** Whether biên tập and quản trị must give a second factor (site settings may turn it off). */
  requireTotp: boolean;
}

export type LoginStep =
  | { kind: "done"; token: string; account: Account }
  | { kind: "code"; token: string }
  | { kind: "enrol"; token: string }
  | { kind: "wrong" }
  /** A field left empty (or a code that is not 6 digits): not an attempt, so nothing is counted or logged. */
  | { kind: "missing"; enrol?: boolean }
  | { kind: "wait"; seconds: number };

let dummyHash: Promise<string> | undefined;

/** Whether this account must give a second factor. */
export const needsSecondFactor = (account: Account, policy: LoginPolicy) =>
  account.totpSecret !== null ||
  (policy.requireTotp && (CAN.publish(account.role) || CAN.manageAccounts(account.role)));

export async function loginWithPassword(
  db: EditorDb,
  form: { login: string; password: string; address: string },
  policy: LoginPolicy,
  now = Date.now(),
): Promise<LoginStep> {
  const login = form.login.trim().toLowerCase();
  if (!login || !form.password) return { kind: "missing" };
  const wait = waitBeforeLogin(db, login, form.address, now);
  if (wait > 0) return { kind: "wait", seconds: Math.ceil(wait / 1000) };
  const account = findAccount(db, login);
  const hash = account?.passwordHash ?? (await (dummyHash ??= hashPassword("không có tài khoản này")));
  const right = (await verifyPassword(hash, form.password)) && account !== null && !account.disabled;
  if (!right) {
    recordLoginFailure(db, login, form.address, now);
    logActivity(db, { login, action: "login-failed", address: form.address }, new Date(now));
    return { kind: "wrong" };
  }
  if (needsRehash(account.passwordHash))
    updatePasswordHash(db, account.id, await hashPassword(form.password));
  if (needsSecondFactor(account, policy)) {
    const enrolSecret = account.totpSecret ? null : newTotpSecret(account.login).secret;
    const token = createSession(db, account, form.address, { pending: true, enrolSecret, now });
    return { kind: enrolSecret ? "enrol" : "code", token };
  }
  return finish(db, account, form.address, now);
}

/** The second step: the code of the authenticator app (at enrolment, for the secret it was shown). */
export function loginWithCode(
  db: EditorDb,
  form: { pendingToken: string; code: string; address: string },
  now = Date.now(),
): LoginStep {
  const account = sessionAccount(db, form.pendingToken, { pending: true, now });
  if (!account) return { kind: "wrong" };
  if (!/^\d{6}$/.test(form.code.trim())) return { kind: "missing", enrol: !account.totpSecret };
  const wait = waitBeforeLogin(db, account.login, form.address, now);
  if (wait > 0) return { kind: "wait", seconds: Math.ceil(wait / 1000) };
  const secret = account.totpSecret ? null : enrolSecretOf(db, form.pendingToken);
  const ok = account.totpSecret
    ? spendTotpCode(db, account, form.code, now)
    : secret !== null && enrolTotp(db, account, secret, form.code, now);
  if (!ok) {
    recordLoginFailure(db, account.login, form.address, now);
    logActivity(
      db,
      { login: account.login, action: "login-failed", detail: "mã xác thực", address: form.address },
      new Date(now),
    );
    return { kind: secret ? "enrol" : "code", token: form.pendingToken };
  }
  endSession(db, form.pendingToken);
  return finish(db, account, form.address, now);
}

function finish(db: EditorDb, account: Account, address: string, now: number): LoginStep {
  clearAccountFailures(db, account.login);
  logActivity(db, { login: account.login, action: "login", address }, new Date(now));
  return { kind: "done", token: createSession(db, account, address, { now }), account };
}
