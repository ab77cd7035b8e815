/**
 * What the editor's process answers before the framework (scripts/server.ts): its clone's files for previews
 * (lib/editor/files.ts), and the edit page's autosave (`POST /quan-tri/tu-luu`), which keeps the form on the server
 * (lib/editor/autosave.ts) and answers, in JSON, when it was kept and who else has the piece open. A request without
 * a session gets 401, so the page can say the session ended while the text stays in the browser.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { autosaveKey, keepAutosave, markEditing, othersEditing } from "./autosave";
import { kindOf } from "./check";
import { editorDb } from "./context";
import { serveCloneFile } from "./files";
import { cookiesOf, FormError, readForm, sameOrigin } from "./http";
import { AUTOSAVE_PATH } from "./paths";
import { SESSION_COOKIE, sessionAccount } from "./sessions";

const MAX_AUTOSAVE = 1_200_000;

function json(res: ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body);
  res.statusCode = status;
  res.setHeader("Content-Type", "application/json; charset=utf-8");
  res.setHeader("Cache-Control", "no-store");
  res.setHeader("Content-Length", Buffer.byteLength(text));
  res.end(text);
}

async function autosave(req: IncomingMessage, res: ServerResponse) {
  if (req.method !== "POST") return json(res, 405, {});
  if (!sameOrigin(req)) return json(res, 403, {});
  const db = editorDb();
  const account = sessionAccount(db, cookiesOf(req).get(SESSION_COOKIE));
  if (!account) return json(res, 401, { expired: true });
  let form: URLSearchParams;
  try {
    form = await readForm(req, MAX_AUTOSAVE);
  } catch (error) {
    if (error instanceof FormError) return json(res, 400, {});
    throw error;
  }
  const file = form.get("tep") ?? "";
  const kind = form.get("loai") ?? "";
  if (file && !kindOf(file)) return json(res, 400, {});
  const at = new Date().toISOString();
  // The fields alone: not the buttons' nor the hidden bookkeeping.
  const fields = Object.fromEntries(
    [...form].filter(([name]) => !["buoc", "tep", "loai", "phien-ban"].includes(name)),
  );
  if (form.get("chi-bao") !== "1")
    keepAutosave(db, account.id, autosaveKey(file, kind), {
      version: form.get("phien-ban") ?? "",
      form: fields,
      at,
    });
  markEditing(file, account);
  return json(res, 200, { at, others: othersEditing(file, account.id) });
}

/** Answers one of the editor's own endpoints (true), or leaves the request to the framework (false). */
export async function answerEditorEndpoint(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const pathname = (req.url ?? "").split("?")[0];
  if (pathname === AUTOSAVE_PATH) {
    await autosave(req, res);
    return true;
  }
  return serveCloneFile(req, res);
}
