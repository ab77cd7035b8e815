/**
 * A photo uploaded from a phone or a computer, made fit for the site (sharp, which Next.js already brings): its type
 * read from its bytes (JPEG, PNG or WebP; never its name, never SVG), its size and pixel count limited before
 * anything is decoded, turned upright from its EXIF orientation, every metadata removed (GPS, camera, ICC profile),
 * scaled to at most 2,560 px on its longest side, and named by the editor: `images/<year>/<month>/<slug>-<hash>.<ext>`
 * under `public/`, the hash that of the pixels written, so one photo uploaded twice is one file.
 *
 * And the Markdown of the site's captioned figure, written by remark-stringify: `![alt](src "caption")`.
 */
import crypto from "node:crypto";
import type { Image, Root } from "mdast";
import remarkStringify from "remark-stringify";
import sharp from "sharp";
import { unified } from "unified";
import { slugify } from "../text";

export const MAX_PHOTO_BYTES = 20 * 1024 * 1024;
/** A 200-megapixel phone photo is 200 M pixels; more is refused before it is decoded (a "decompression bomb"). */
export const MAX_PHOTO_PIXELS = 210_000_000;
export const MAX_SIDE = 2560;

export type PhotoType = "jpeg" | "png" | "webp";

export type PhotoProblem = "not-image" | "too-big" | "too-many-pixels" | "unreadable";

export interface Photo {
  /** Under `public/`: `images/2026/12/hoi-nghi-3f2a9c1b.jpg`. */
  path: string;
  /** Its address on the site: `/images/2026/12/hoi-nghi-3f2a9c1b.jpg`. */
  src: string;
  bytes: Buffer;
  width: number;
  height: number;
}

/** The type a file's first bytes say it is, if one the site takes. */
export function photoType(bytes: Uint8Array): PhotoType | null {
  const at = (offset: number, ...values: number[]) => values.every((value, i) => bytes[offset + i] === value);
  if (at(0, 0xff, 0xd8, 0xff)) return "jpeg";
  if (at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return "png";
  if (at(0, 0x52, 0x49, 0x46, 0x46) && at(8, 0x57, 0x45, 0x42, 0x50)) return "webp";
  return null;
}

const EXTENSION: Record<PhotoType, string> = { jpeg: "jpg", png: "png", webp: "webp" };

// One photo at a time: a 200-megapixel decode takes most of a gigabyte, and this machine has two cores.
let queue: Promise<unknown> = Promise.resolve();

/**
 * The photo as the site keeps it, or why not. `name` is the article's title (or the photo's description): only its
 * slug is used, never the uploaded file's name.
 */
export function preparePhoto(
  bytes: Uint8Array,
  name: string,
  now: Date,
): Promise<{ ok: true; photo: Photo } | { ok: false; problem: PhotoProblem }> {
  const work = () => prepare(bytes, name, now);
  const next = queue.then(work, work);
  queue = next.catch(() => undefined);
  return next;
}

async function prepare(
  bytes: Uint8Array,
  name: string,
  now: Date,
): Promise<{ ok: true; photo: Photo } | { ok: false; problem: PhotoProblem }> {
  if (bytes.length > MAX_PHOTO_BYTES) return { ok: false, problem: "too-big" };
  const type = photoType(bytes);
  if (!type) return { ok: false, problem: "not-image" };
  const input = () => sharp(bytes, { limitInputPixels: MAX_PHOTO_PIXELS, failOn: "error", animated: false });
  try {
    // The header alone: its format must be the one its bytes began with, its pixels within the limit.
    const header = await input().metadata();
    if (header.format !== type) return { ok: false, problem: "not-image" };
    if (!header.width || !header.height) return { ok: false, problem: "unreadable" };
    if (header.width * header.height > MAX_PHOTO_PIXELS) return { ok: false, problem: "too-many-pixels" };
    const pipeline = input()
      .autoOrient()
      .resize({ width: MAX_SIDE, height: MAX_SIDE, fit: "inside", withoutEnlargement: true });
    // No withMetadata(): sharp writes none of the input's EXIF, XMP, IPTC or ICC.
    const encoded =
      type === "jpeg"
        ? pipeline.jpeg({ quality: 85, mozjpeg: true })
        : type === "png"
          ? pipeline.png({ compressionLevel: 9 })
          : pipeline.webp({ quality: 85 });
    const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
    const hash = crypto.createHash("sha256").update(data).digest("hex").slice(0, 10);
    const month = String(now.getUTCMonth() + 1).padStart(2, "0");
    const stem = (slugify(name) || "anh").slice(0, 60).replace(/-+$/, "");
    const path = `images/${now.getUTCFullYear()}/${month}/${stem}-${hash}.${EXTENSION[type]}`;
    return {
      ok: true,
      photo: { path, src: `/${path}`, bytes: data, width: info.width, height: info.height },
    };
  } catch (error) {
    // sharp's words for a header past limitInputPixels; anything else it cannot decode is unreadable.
    const message = error instanceof Error ? error.message : "";
    return { ok: false, problem: message.includes("pixel limit") ? "too-many-pixels" : "unreadable" };
  }
}

/** The site's captioned figure: a paragraph holding only the image, its title the caption. */
export function figureMarkdown(src: string, alt: string, caption: string): string {
  const image: Image = { type: "image", url: src, alt: alt.trim(), title: caption.trim() || null };
  const root: Root = { type: "root", children: [{ type: "paragraph", children: [image] }] };
  return unified().use(remarkStringify).stringify(root).trimEnd();
}

/** The body with the figure after its last paragraph. */
export function withFigure(body: string, figure: string): string {
  const text = body.replace(/\s+$/, "");
  return text ? `${text}\n\n${figure}\n` : `${figure}\n`;
}
