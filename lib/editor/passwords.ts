/**
 * Passwords: hashed with argon2id (the `argon2` package, PHC string format) at parameters above OWASP's ASVS 5
 * level-2 minimum (19 MiB, 2 passes): 64 MiB, 3 passes, 1 lane. What is asked of a password is what NIST SP 800-63B
 * and ASVS ask: at least 8 characters and at most 128, no rule on its composition, and not one of the passwords
 * most often used (the common-password list of zxcvbn-ts), nor the login itself.
 */
import crypto from "node:crypto";
import argon2 from "argon2";
import { viEditor } from "./vi";
import { isCommonPassword } from "./common-passwords";

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

export const ARGON2_OPTIONS = {
  type: argon2.argon2id,
  memoryCost: 65_536,
  timeCost: 3,
  parallelism: 1,
} as const;

/** Why a password cannot be used, or null. Length counts characters as a person sees them (NFC code points). */
export function passwordProblem(password: string, login = ""): string | null {
  const length = [...password.normalize("NFC")].length;
  if (length < PASSWORD_MIN) return viEditor.password.tooShort(PASSWORD_MIN);
  if (length > PASSWORD_MAX) return viEditor.password.tooLong(PASSWORD_MAX);
  if (login && password.normalize("NFC").toLowerCase() === login.toLowerCase())
    return viEditor.password.sameAsLogin;
  if (isCommonPassword(password)) return viEditor.password.common;
  return null;
}

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password.normalize("NFC"), ARGON2_OPTIONS);
}

/** Whether the password matches the hash; a malformed hash matches nothing. */
export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password.normalize("NFC"));
  } catch {
    return false;
  }
}

/** Whether a hash was made with weaker parameters than today's (it is made again at the next login). */
export function needsRehash(hash: string): boolean {
  return argon2.needsRehash(hash, ARGON2_OPTIONS);
}

/** A password made for a new account or a reset: 20 characters a person can type, ~119 bits. */
export function generatePassword(): string {
  const alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  return Array.from({ length: 20 }, () => alphabet[crypto.randomInt(alphabet.length)]).join("");
}
