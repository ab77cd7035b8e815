/**
 * The old site's photos, copied into `public/images/<year>/<month>/…` once each, and the documents its posts link
 * to (PDF, Word, Excel…), into `public/files/<year>/<month>/…` (`folder`). A post names WordPress's resized
 * copies (`-300x200`, `-1024x683`); the original is taken when the uploads folder has it, else the copy named.
 * Every old upload address of a photo copied (original and copy) is remembered for the redirects.
 *
 * Only regular files inside the uploads folder are ever read: a name that leaves it (`..`, an encoded separator, an
 * absolute path) or a file that is a symbolic link, or reached through one, is refused and reported, never copied
 * (an export is a file from elsewhere, and may name `../../../etc/passwd`).
 */
import fs from "node:fs";
import path from "node:path";
import { redirectKey } from "../redirects";
import { writeIfChanged } from "./files";

const RESIZED = /-\d+x\d+(?=\.[a-z0-9]+$)/i;
const UPLOADS = "/wp-content/uploads/";

/** The part of a photo's URL under `wp-content/uploads/`, or null when it is not one of the old site's uploads. */
export function uploadPath(url: string, siteUrl: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url, `${siteUrl}/`).pathname);
  } catch {
    return null;
  }
  const at = pathname.indexOf(UPLOADS);
  return at < 0 ? null : pathname.slice(at + UPLOADS.length);
}

export interface PhotoOptions {
  siteUrl: string;
  /** Where under public/ the files go: `images` (photos, the default) or `files` (documents). */
  folder?: "images" | "files";
  uploadsDir: string;
  publicDir: string;
  dryRun?: boolean;
  /** Old path → new address; each copied photo's old upload addresses are added. */
  redirects: Map<string, string>;
}

/** Why a photo was not copied: not in the uploads folder, or named in a way that leaves it or through a link. */
export type PhotoRefusal = "missing" | "outside" | "symlink";

/**
 * `relative` as a file inside `uploadsDir`, or why not: it must stay inside by its name (no `..`, not absolute, no
 * backslash or NUL) and by the real path of what it names, and be a regular file that is not a symbolic link.
 */
export function safeUpload(
  uploadsDir: string,
  relative: string,
): { file: string } | { refused: PhotoRefusal } {
  const parts = relative.split("/");
  if (
    relative.startsWith("/") ||
    /[\\\0]/.test(relative) ||
    parts.some((part) => part === ".." || part === "." || part === "") ||
    path.isAbsolute(relative)
  )
    return { refused: "outside" };
  const root = fs.realpathSync(uploadsDir);
  const file = path.join(root, ...parts);
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(file);
  } catch {
    return { refused: "missing" };
  }
  if (stat.isSymbolicLink()) return { refused: "symlink" };
  if (!stat.isFile()) return { refused: "missing" };
  const real = fs.realpathSync(file);
  if (real !== file || !real.startsWith(`${root}${path.sep}`)) return { refused: "symlink" };
  return { file: real };
}

export class Photos {
  /** How many photos were copied (or would be, in a dry run). */
  copied = 0;
  /** Old upload path (as named, and the file taken) → new address. */
  private readonly done = new Map<string, string>();
  private readonly targets = new Set<string>();

  constructor(private readonly options: PhotoOptions) {}

  /**
   * The photo's new address, its file copied when this is its first use; or why it was not: not there, or refused
   * (a name that leaves the uploads folder, or a symbolic link).
   */
  copy(url: string): string | { refused: PhotoRefusal } {
    const relative = uploadPath(url, this.options.siteUrl);
    // Named under the uploads folder, but resolved elsewhere (`uploads/%2e%2e/…`): a name that leaves it.
    if (relative === null) return { refused: url.includes(UPLOADS) ? "outside" : "missing" };
    const known = this.done.get(relative);
    if (known) return known;
    const { uploadsDir, publicDir, dryRun, redirects } = this.options;
    let refused: PhotoRefusal = "missing";
    let found: { name: string; file: string } | undefined;
    for (const name of new Set([relative.replace(RESIZED, ""), relative])) {
      const checked = safeUpload(uploadsDir, name);
      if ("file" in checked) {
        found = { name, file: checked.file };
        break;
      }
      if (checked.refused !== "missing") refused = checked.refused;
    }
    if (!found) return { refused };
    const target = path.join(this.options.folder ?? "images", ...found.name.split("/"));
    const src = `/${target.split(path.sep).join("/")}`;
    if (!this.targets.has(src)) {
      this.targets.add(src);
      this.copied++;
      if (!dryRun) writeIfChanged(path.join(publicDir, target), fs.readFileSync(found.file));
    }
    for (const old of new Set([relative, found.name])) {
      this.done.set(old, src);
      redirects.set(redirectKey(`${UPLOADS}${old}`), src);
    }
    return src;
  }
}
