/**
 * The passwords too common to allow: zxcvbn-ts's list of the 49,000 most used (from leaked password sets), and a
 * few that Vietnamese users pick and that list lacks. Compared without case, accents or spacing, so `Mật khẩu 123`
 * is `matkhau123`. Read once, into a Set.
 */
import { dictionary } from "@zxcvbn-ts/language-common";
import { foldVietnamese } from "../text";

const VIETNAMESE = [
  "matkhau",
  "matkhau123",
  "matkhau@123",
  "anhyeuem",
  "emyeuanh",
  "anhyeuem123",
  "yeuem123",
  "vietnam",
  "vietnam123",
  "hanoi123",
  "saigon123",
  "huyenuy",
  "huyenuy123",
  "dangbo123",
  "quantri",
  "quantri123",
  "admin@123",
  "123456a@",
];

let common: Set<string> | undefined;

const fold = (password: string) =>
  foldVietnamese(password.normalize("NFC")).toLowerCase().replace(/\s+/g, "");

export function isCommonPassword(password: string): boolean {
  common ??= new Set([...(dictionary["passwords-common"] as string[]), ...VIETNAMESE].map(fold));
  return common.has(fold(password));
}
