/** Resolving image paths under public/, reading their pixel size, and checking a reference to one. */
import fs from "node:fs";
import path from "node:path";
import { imageSize } from "image-size";
import type { ArticleImage } from "../content/schema";
import { urlScheme } from "./urls";

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

export type ImageCheck = { ok: true; image: ArticleImage } | { ok: false; message: string };

/** Check one image reference (a body photo, a cover, the logo): a readable file under public/, its size read. */
export function checkImage(publicDir: string, src: string, alt: string): ImageCheck {
  const scheme = urlScheme(src);
  if (scheme !== null || !src.startsWith("/")) {
    const unsafe = scheme !== null && scheme !== "http" && scheme !== "https";
    return {
      ok: false,
      message: unsafe
        ? `Ảnh "${src.slice(0, 80)}" dùng giao thức "${scheme}:" không an toàn. Hãy chép ảnh vào thư mục public/images/ và dùng đường dẫn /images/….`
        : `Ảnh "${src}" phải là tệp trong thư mục public/ của trang, đường dẫn bắt đầu bằng /, ví dụ /images/2020/09/anh.jpg.`,
    };
  }
  const found = lookupImage(publicDir, src);
  if (!found.ok) {
    return {
      ok: false,
      message:
        found.reason === "unreadable"
          ? `Tệp ảnh "public${src}" không đọc được (không phải ảnh JPEG, PNG, WebP, GIF hay SVG?).`
          : `Không tìm thấy tệp ảnh "public${src}". Kiểm tra tên tệp (phân biệt chữ hoa, chữ thường) và thư mục.`,
    };
  }
  return { ok: true, image: { src, alt, ...found.image } };
}
