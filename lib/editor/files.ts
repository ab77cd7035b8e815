/**
 * The files of the editor's clone (`public/images/…`, `public/files/…`) for its previews, at
 * `/quan-tri/anh/images/…`: a photo just uploaded is in the clone before it is on the site. Only to a logged-in
 * account, only those two folders, only the types the site serves; answered by the editor's process before the
 * framework (scripts/server.ts), as the framework serves its own `public/` folder, not the clone's.
 */
import fs from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { editorDb } from "./context";
import { cookiesOf } from "./http";
import { CLONE_FILES } from "./paths";
import { SESSION_COOKIE, sessionAccount } from "./sessions";
import { workspace } from "./workspace";

const TYPES: Record<string, string> = {
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".png": "image/png",
  ".webp": "image/webp",
  ".gif": "image/gif",
  ".svg": "image/svg+xml",
  ".pdf": "application/pdf",
};

/** The file under the clone's public folder a request names, or null. */
export function cloneFilePath(url: string): string | null {
  if (!url.startsWith(`${CLONE_FILES}/`)) return null;
  let relative: string;
  try {
    relative = decodeURIComponent(url.slice(CLONE_FILES.length + 1).split(/[?#]/)[0]!);
  } catch {
    return null;
  }
  const normal = path.posix.normalize(relative);
  if (normal !== relative || relative.includes("\0") || !/^(images|files)\/[^/]/.test(relative)) return null;
  return TYPES[path.posix.extname(relative).toLowerCase()] ? relative : null;
}

/** Answers a request for one of the clone's files (true), or leaves it to the framework (false). */
export async function serveCloneFile(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const url = req.url ?? "";
  if (!url.startsWith(`${CLONE_FILES}/`)) return false;
  const relative = cloneFilePath(url);
  const account = sessionAccount(editorDb(), cookiesOf(req).get(SESSION_COOKIE));
  const file =
    relative && account
      ? path.join(/* turbopackIgnore: true */ (await workspace()).repo.dir, "public", relative)
      : null;
  let bytes: Buffer | null = null;
  try {
    if (file && (req.method === "GET" || req.method === "HEAD")) bytes = fs.readFileSync(file);
  } catch {
    bytes = null;
  }
  res.setHeader("Cache-Control", "private, no-store");
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
  if (!bytes || !relative) {
    res.statusCode = 404;
    res.end();
    return true;
  }
  res.setHeader("Content-Type", TYPES[path.posix.extname(relative).toLowerCase()]!);
  res.setHeader("Content-Length", bytes.length);
  res.end(req.method === "HEAD" ? undefined : bytes);
  return true;
}
