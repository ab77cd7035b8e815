/** Resolving image paths under public/ and reading their pixel size. */
import fs from "node:fs";
import path from "node:path";
import { imageSize } from "image-size";

export interface ImageFile {
  width: number;
  height: number;
}

export type ImageLookup =
  { ok: true; image: ImageFile } | { ok: false; reason: "outside" | "missing" | "unreadable" };

// Image files are read once per process: many articles share the same photo.
const cache = new Map<string, ImageLookup>();

/** Look up `/images/a.jpg` under `publicDir`: it must exist there and be a readable image. */
export function lookupImage(publicDir: string, src: string): ImageLookup {
  let decoded: string;
  try {
    decoded = decodeURI(src.split(/[?#]/)[0]!);
  } catch {
    return { ok: false, reason: "missing" };
  }
  const root = path.resolve(/* turbopackIgnore: true */ publicDir);
  const full = path.resolve(/* turbopackIgnore: true */ root, `.${path.posix.normalize(decoded)}`);
  if (!full.startsWith(root + path.sep)) return { ok: false, reason: "outside" };

  const cached = cache.get(full);
  if (cached) return cached;
  let result: ImageLookup;
  try {
    const { width, height } = imageSize(fs.readFileSync(full));
    result = width && height ? { ok: true, image: { width, height } } : { ok: false, reason: "unreadable" };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    result = { ok: false, reason: code === "ENOENT" || code === "EISDIR" ? "missing" : "unreadable" };
  }
  cache.set(full, result);
  return result;
}

/** Forget cached lookups (dev mode, after files change). */
export function clearImageCache(): void {
  cache.clear();
}
