/**
 * What each of the editor's pages answers, framework-free (the route files in pages/quan-tri/ hand it their request
 * and response): a redirect, or a view with its status. A form post is accepted only from the editor's own pages
 * (`sameOrigin`) and answered with a 303 to the page to show next, so a reload never posts twice. No editor page is
 * kept by any cache.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import QRCode from "qrcode";
import { CAN } from "./accounts";
import { logActivity } from "./activity";
import { KINDS, PER_PAGE, STATUSES, type CatalogEntry } from "./catalog";
import { editorDb, loginPolicy } from "./context";
import { clientAddress, cookiesOf, FormError, readForm, readUpload, sameOrigin, type Upload } from "./http";
import { loginWithCode, loginWithPassword, type LoginStep } from "./login";
import { editorPaths } from "./paths";
import {
  clearedSessionCookie,
  endSession,
  enrolSecretOf,
  PENDING_COOKIE,
  pendingCookie,
  SESSION_COOKIE,
  sessionAccount,
  sessionCookie,
} from "./sessions";
import { totpUri } from "./totp";
import { viEditor } from "./vi";
import { currentCatalog, WorkspaceError } from "./workspace";

const t = viEditor.web;

export type LoginView =
  | { step: "password"; message: string | null; login: string }
  | { step: "code"; message: string | null }
  | { step: "enrol"; message: string | null; secret: string; uri: string; qr: string };

export type EditorAnswer<View> =
  { redirect: string } | { status: number; view: View } | { status: number; message: string };

export function noStore(res: ServerResponse) {
  res.setHeader("Cache-Control", "no-store");
  res.setHeader("X-Robots-Tag", "noindex, nofollow");
}

/** The account of the request's session, the answer marked never to be kept; null without one. */
export function signedIn(req: IncomingMessage, res: ServerResponse) {
  noStore(res);
  return sessionAccount(editorDb(), cookiesOf(req).get(SESSION_COOKIE));
}

/** A refused post: not from the editor's pages (403), or not a form (400). */
export async function postedForm(
  req: IncomingMessage,
  limit?: number,
): Promise<URLSearchParams | { status: number; message: string }> {
  if (!sameOrigin(req)) return { status: 403, message: t.forbidden };
  try {
    return await readForm(req, limit);
  } catch (error) {
    if (error instanceof FormError) return { status: 400, message: t.badForm };
    throw error;
  }
}

/** A refused post as postedForm says, or the posted form with its files. */
export async function postedUpload(
  req: IncomingMessage,
  limits: { fields: number; file: number },
): Promise<{ form: URLSearchParams; files: Map<string, Upload> } | { status: number; message: string }> {
  if (!sameOrigin(req)) return { status: 403, message: t.forbidden };
  try {
    return await readUpload(req, limits);
  } catch (error) {
    if (error instanceof FormError) return { status: 400, message: t.badForm };
    throw error;
  }
}

const loginAt = (params: Record<string, string>) =>
  `${editorPaths.login}?${new URLSearchParams(params).toString()}`;

function afterStep(res: ServerResponse, step: LoginStep, codeStep: boolean): { redirect: string } {
  switch (step.kind) {
    case "done":
      res.setHeader("Set-Cookie", [sessionCookie(step.token), pendingCookie("", 0)]);
      return { redirect: editorPaths.home };
    case "code":
    case "enrol":
      res.setHeader("Set-Cookie", pendingCookie(step.token));
      return {
        redirect: loginAt({
          buoc: step.kind === "enrol" ? "dang-ky" : "ma",
          ...(codeStep ? { loi: "ma" } : {}),
        }),
      };
    case "missing":
      return {
        redirect: loginAt(
          codeStep ? { buoc: step.enrol ? "dang-ky" : "ma", loi: "ma-thieu" } : { loi: "thieu" },
        ),
      };
    case "wait":
      return { redirect: loginAt({ cho: String(step.seconds) }) };
    case "wrong":
      return { redirect: loginAt({ loi: codeStep ? "het-han" : "sai" }) };
  }
}

export async function loginPage(
  req: IncomingMessage,
  res: ServerResponse,
  query: Record<string, string | string[] | undefined>,
): Promise<EditorAnswer<LoginView>> {
  noStore(res);
  const db = editorDb();
  const cookies = cookiesOf(req);
  if (req.method === "POST") {
    const form = await postedForm(req);
    if (!(form instanceof URLSearchParams)) return form;
    const address = clientAddress(req);
    if (form.get("buoc") === "ma") {
      const step = loginWithCode(db, {
        pendingToken: cookies.get(PENDING_COOKIE) ?? "",
        code: form.get("ma") ?? "",
        address,
      });
      return afterStep(res, step, true);
    }
    const step = await loginWithPassword(
      db,
      { login: form.get("ten") ?? "", password: form.get("mat-khau") ?? "", address },
      loginPolicy(),
    );
    return afterStep(res, step, false);
  }
  if (sessionAccount(db, cookies.get(SESSION_COOKIE))) return { redirect: editorPaths.home };
  const one = (name: string) => (typeof query[name] === "string" ? (query[name] as string) : "");
  const pendingToken = cookies.get(PENDING_COOKIE) ?? "";
  const pending = sessionAccount(db, pendingToken, { pending: true });
  // What the address's `loi` says happened (a Map: a query such as `loi=constructor` names nothing).
  const said = new Map([
    ["ma", viEditor.login.codeWrong],
    ["ma-thieu", viEditor.login.codeMissing],
    ["sai", viEditor.login.wrong],
    ["thieu", viEditor.login.missing],
    ["het-han", t.expired],
  ]);
  const codeMessage = one("loi").startsWith("ma") ? (said.get(one("loi")) ?? null) : null;
  if (pending && one("buoc") === "ma") return { status: 200, view: { step: "code", message: codeMessage } };
  const secret = pending && one("buoc") === "dang-ky" ? enrolSecretOf(db, pendingToken) : null;
  if (pending && secret) {
    const uri = totpUri(secret, pending.login);
    // The same key as a QR code, for the phone's camera: a PNG made by the qrcode library.
    const qr = await QRCode.toDataURL(uri, { margin: 2, width: 240, errorCorrectionLevel: "M" });
    return { status: 200, view: { step: "enrol", message: codeMessage, secret, uri, qr } };
  }
  const message =
    (one("loi").startsWith("ma") ? null : said.get(one("loi"))) ??
    (/^\d+$/.test(one("cho"))
      ? viEditor.login.slowDown(Number(one("cho")))
      : one("da-thoat")
        ? t.loggedOut
        : null);
  return { status: 200, view: { step: "password", message, login: "" } };
}

export interface HomeView {
  name: string;
  role: string;
  /** Whether the account reads the activity log (quản trị). */
  activity: boolean;
  /** The catalog's answer, or null when the editor has no repository yet. */
  list: {
    entries: CatalogEntry[];
    total: number;
    page: number;
    pages: number;
    query: { loai: string; "trang-thai": string; "tac-gia": string; q: string };
    authors: string[];
  } | null;
}

const pick = <T extends string>(value: unknown, allowed: readonly T[]): T | undefined =>
  typeof value === "string" && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;

export async function homePage(
  req: IncomingMessage,
  res: ServerResponse,
  query: Record<string, string | string[] | undefined>,
  now = new Date(),
): Promise<EditorAnswer<HomeView>> {
  const account = signedIn(req, res);
  if (!account) return { redirect: editorPaths.login };
  const who = {
    name: account.name,
    role: viEditor.roles[account.role],
    activity: CAN.readActivity(account.role),
  };
  let catalog;
  try {
    catalog = await currentCatalog(now);
  } catch (error) {
    if (error instanceof WorkspaceError) return { status: 200, view: { ...who, list: null } };
    throw error;
  }
  const text = (name: string) =>
    typeof query[name] === "string" ? (query[name] as string).slice(0, 200) : "";
  const authors = catalog.authors();
  const page = /^\d{1,5}$/.test(text("trang")) ? Math.max(1, Number(text("trang"))) : 1;
  const found = catalog.find({
    kind: pick(query.loai, KINDS),
    status: pick(query["trang-thai"], STATUSES),
    author: pick(query["tac-gia"], authors),
    q: text("q"),
    page,
  });
  return {
    status: 200,
    view: {
      ...who,
      list: {
        entries: found.entries,
        total: found.total,
        page,
        pages: Math.max(1, Math.ceil(found.total / PER_PAGE)),
        query: {
          loai: text("loai"),
          "trang-thai": text("trang-thai"),
          "tac-gia": text("tac-gia"),
          q: text("q"),
        },
        authors,
      },
    },
  };
}

export async function logoutPage(req: IncomingMessage, res: ServerResponse): Promise<EditorAnswer<never>> {
  noStore(res);
  if (req.method !== "POST") return { redirect: editorPaths.home };
  const form = await postedForm(req);
  if (!(form instanceof URLSearchParams)) return form;
  const db = editorDb();
  const token = cookiesOf(req).get(SESSION_COOKIE);
  const account = sessionAccount(db, token);
  endSession(db, token);
  if (account) logActivity(db, { login: account.login, action: "logout", address: clientAddress(req) });
  res.setHeader("Set-Cookie", clearedSessionCookie());
  return { redirect: `${editorPaths.login}?da-thoat=1` };
}
