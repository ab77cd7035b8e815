/**
 * What the editor's pages read of a request (a Node request: the pages' getServerSideProps has it), framework-free:
 * a form post's fields (application/x-www-form-urlencoded, at most 64 kB; or multipart/form-data with a photo), the
 * cookies, the client's address, and
 * whether a state-changing request comes from the editor's own pages (its `Origin`, which every browser sends with
 * a POST, names this host): a form on another site cannot post here in a logged-in editor's name.
 */
import type { IncomingMessage } from "node:http";
import busboy from "busboy";

export const MAX_FORM_BYTES = 64 * 1024;

export class FormError extends Error {}

/** The fields of a posted form; a FormError for a body too large or not a form. */
export async function readForm(req: IncomingMessage, limit = MAX_FORM_BYTES): Promise<URLSearchParams> {
  const type = req.headers["content-type"]?.split(";")[0]?.trim().toLowerCase();
  if (type !== "application/x-www-form-urlencoded") throw new FormError(type ?? "");
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new FormError("too large");
    chunks.push(chunk as Buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}

export interface Upload {
  bytes: Buffer;
  /** Larger than the limit: its bytes were not kept. */
  tooBig: boolean;
}

/** A whole post beyond this is not read (an upload's limit plus the form's). */
const MAX_POST_BYTES = 32 * 1024 * 1024;

/**
 * A posted form with its files (multipart/form-data, read by busboy): at most `fileLimit` bytes kept of each file,
 * its name as the browser gave it never used; or, from a form without files, its fields alone. A FormError for a
 * post that is neither, or larger than 32 MB in all.
 */
export async function readUpload(
  req: IncomingMessage,
  limits: { fields: number; file: number },
): Promise<{ form: URLSearchParams; files: Map<string, Upload> }> {
  const type = req.headers["content-type"]?.split(";")[0]?.trim().toLowerCase();
  if (type !== "multipart/form-data") return { form: await readForm(req, limits.fields), files: new Map() };
  const form = new URLSearchParams();
  const files = new Map<string, Upload>();
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: req.headers,
      defParamCharset: "utf8",
      limits: { fileSize: limits.file, files: 4, fields: 64, parts: 80, fieldSize: limits.fields },
    });
  } catch {
    throw new FormError("multipart");
  }
  await new Promise<void>((resolve, reject) => {
    let size = 0;
    let failed = false;
    const fail = (error: Error) => {
      if (failed) return;
      failed = true;
      req.unpipe(parser);
      reject(error);
    };
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_POST_BYTES) {
        fail(new FormError("too large"));
        req.destroy();
      }
    });
    parser.on("field", (name, value, info) => {
      if (info.valueTruncated) fail(new FormError("field too large"));
      else form.append(name, value);
    });
    parser.on("file", (name, stream) => {
      const chunks: Buffer[] = [];
      let tooBig = false;
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      // Past the limit busboy drops the rest of the file's bytes.
      stream.on("limit", () => (tooBig = true));
      stream.on("end", () => {
        // An empty file input posts a part with no bytes: no upload.
        const upload = { bytes: tooBig ? Buffer.alloc(0) : Buffer.concat(chunks), tooBig };
        if (upload.bytes.length > 0 || upload.tooBig) files.set(name, upload);
      });
    });
    parser.on("partsLimit", () => fail(new FormError("parts")));
    parser.on("filesLimit", () => fail(new FormError("files")));
    parser.on("fieldsLimit", () => fail(new FormError("fields")));
    parser.on("error", (error: Error) => fail(new FormError(error.message)));
    parser.on("close", () => {
      if (!failed) resolve();
    });
    req.pipe(parser);
  });
  return { form, files };
}

export function cookiesOf(req: IncomingMessage): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (req.headers.cookie ?? "").split(";")) {
    const at = part.indexOf("=");
    if (at > 0) cookies.set(part.slice(0, at).trim(), part.slice(at + 1).trim());
  }
  return cookies;
}

const LOOPBACK = new Set(["127.0.0.1", "::1", "::ffff:127.0.0.1"]);

/**
 * The client's address: the connection's, or — when the connection comes from this machine (nginx in front, as
 * docs/deploy.md sets it up) — the `X-Real-IP` nginx writes.
 */
export function clientAddress(req: IncomingMessage): string {
  const peer = req.socket.remoteAddress ?? "";
  const real = req.headers["x-real-ip"];
  return LOOPBACK.has(peer) && typeof real === "string" && real.trim() ? real.trim() : peer;
}

/** Whether a state-changing request names this host as its origin. */
export function sameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  const host = req.headers.host;
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
