/**
 * The old site's photos, copied into `public/images/<year>/<month>/…` once each. A post names WordPress's resized
 * copies (`-300x200`, `-1024x683`); the original is taken when the uploads folder has it, else the copy named.
 * Every old upload address of a photo copied (original and copy) is remembered for the redirects.
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
  uploadsDir: string;
  publicDir: string;
  dryRun?: boolean;
  /** Old path → new address; each copied photo's old upload addresses are added. */
  redirects: Map<string, string>;
}

export class Photos {
  /** How many photos were copied (or would be, in a dry run). */
  copied = 0;
  /** Old upload path (as named, and the file taken) → new address. */
  private readonly done = new Map<string, string>();
  private readonly targets = new Set<string>();

  constructor(private readonly options: PhotoOptions) {}

  /** The photo's new address, its file copied when this is its first use; null when the file is not there. */
  copy(url: string): string | null {
    const relative = uploadPath(url, this.options.siteUrl);
    if (relative === null) return null;
    const known = this.done.get(relative);
    if (known) return known;
    const { uploadsDir, publicDir, dryRun, redirects } = this.options;
    const found = [relative.replace(RESIZED, ""), relative].find((candidate) =>
      fs.existsSync(path.join(uploadsDir, candidate)),
    );
    if (!found) return null;
    const target = path.join("images", found);
    const src = `/${target.split(path.sep).join("/")}`;
    if (!this.targets.has(src)) {
      this.targets.add(src);
      this.copied++;
      if (!dryRun)
        writeIfChanged(path.join(publicDir, target), fs.readFileSync(path.join(uploadsDir, found)));
    }
    for (const old of new Set([relative, found])) {
      this.done.set(old, src);
      redirects.set(redirectKey(`${UPLOADS}${old}`), src);
    }
    return src;
  }
}
