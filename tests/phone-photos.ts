/**
 * Photos no one on the team took, for the editor's upload tests: the test images the `exif` package publishes
 * (a dev dependency kept for them alone). A Xiaomi phone's 4208×3120 photo with its GPS position, and a camera's
 * 640×480 photo stored turned (EXIF orientation 8).
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const folder = path.join(path.dirname(createRequire(import.meta.url).resolve("exif/package.json")), "test");

export const phonePhotoFile = path.join(folder, "short-ascii-II.jpg");
export const turnedPhotoFile = path.join(folder, "right.jpg");

/**
 * The phone's photo as the phone writes it when held upright: the same bytes, its EXIF orientation 6 ("turn a
 * quarter clockwise to show"). Only the two bytes of that tag's value change.
 */
export function uprightPhonePhoto(): Buffer {
  const bytes = Buffer.from(fs.readFileSync(phonePhotoFile));
  const exif = bytes.indexOf("Exif\0\0", 0, "latin1");
  const tiff = exif + 6;
  const little = bytes.toString("latin1", tiff, tiff + 2) === "II";
  const u16 = (at: number) => (little ? bytes.readUInt16LE(at) : bytes.readUInt16BE(at));
  const u32 = (at: number) => (little ? bytes.readUInt32LE(at) : bytes.readUInt32BE(at));
  const ifd0 = tiff + u32(tiff + 4);
  for (let entry = 0; entry < u16(ifd0); entry++) {
    const at = ifd0 + 2 + entry * 12;
    if (u16(at) !== 0x0112) continue;
    if (little) bytes.writeUInt16LE(6, at + 8);
    else bytes.writeUInt16BE(6, at + 8);
    return bytes;
  }
  throw new Error("the phone's photo has no orientation tag");
}
