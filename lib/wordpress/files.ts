/** Writing the import's files so that a second run over the same export changes none of them. */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export const sha256 = (data: string | Buffer) => crypto.createHash("sha256").update(data).digest("hex");

/** Write a file only when its bytes change (its modification time stays too); true when it was written. */
export function writeIfChanged(file: string, data: string | Buffer): boolean {
  if (fs.existsSync(file) && fs.readFileSync(file).equals(Buffer.from(data))) return false;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, data);
  return true;
}
