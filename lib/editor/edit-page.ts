/**
 * The edit page of every kind (`/quan-tri/sua?tep=articles/…md`, `pages/…`, `documents/…`; or `?loai=trang` and no
 * `tep` for a new one), framework-free: the form (lib/editor/kind-form.ts) from the file on the branch, the content
 * check's errors at their fields, and, on a post, the step the button names (lib/editor/workflow.ts) saved as a
 * commit of its writer (lib/editor/repo.ts), with the photos and document files uploaded with it. Nothing typed is
 * lost: a refused step or a conflict shows the form again with what was typed, and a conflict the other version
 * beside it.
 */
import fs from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { loadSite } from "../content/site-file";
import type { SiteConfig } from "../content/site-schema";
import { parseContentDate } from "../dates";
import { slugify } from "../text";
import { CAN, type Account } from "./accounts";
import { logActivity } from "./activity";
import { prepareAttachment } from "./attachments";
import { KINDS, type Kind } from "./catalog";
import { contentProblems, kindOf } from "./check";
import { editorDb } from "./context";
import { clientAddress, cookiesOf } from "./http";
import { formSpec, formText, formValues, postedValues, type FieldSpec, type FormValues } from "./kind-form";
import { noStore, postedUpload, type EditorAnswer } from "./pages";
import { editorPaths, editPath, PHOTO_BUTTON } from "./paths";
import { figureMarkdown, MAX_PHOTO_BYTES, preparePhoto, withFigure } from "./photos";
import type { NewFile } from "./repo";
import { SESSION_COOKIE, sessionAccount } from "./sessions";
import { viEditor } from "./vi";
import { ACTIONS, takeStep, type Action } from "./workflow";
import { catalogChanged, workspace } from "./workspace";

const t = viEditor.web.edit;
export const MAX_ARTICLE_FORM = 1_200_000;

export interface EditView {
  kind: Kind;
  /** Relative to the content folder; empty for a new piece. */
  file: string;
  version: string;
  spec: FieldSpec[];
  values: FormValues;
  /** The content check's errors for the text shown: by field, and those of no field (the body's). */
  problems: { field: string; message: string }[];
  /** For a new page: the sections it may go in. */
  parents: { value: string; label: string }[] | null;
  parent: string;
  actions: Action[];
  message: string | null;
  /** The other version, after a conflict. */
  theirs: string | null;
  /** The photo's description and caption as typed, kept when the photo was refused. */
  photo: { alt: string; caption: string };
}

/** The buttons an account has on a piece. */
function actionsFor(account: Account): Action[] {
  return CAN.publish(account.role)
    ? ["cap-nhat", "luu-nhap", "xuat-ban", "hen-gio", "tra-lai", "go-xuong"]
    : ["luu-nhap", "gui-duyet"];
}

/** Whether a file is one the editor edits (an article, a page, a document). */
export const contentFile = (file: string) => kindOf(file) !== null;

const kindParam = (value: unknown): Kind =>
  typeof value === "string" && (KINDS as readonly string[]).includes(value) ? (value as Kind) : "bai-viet";

export async function editPage(
  req: IncomingMessage,
  res: ServerResponse,
  query: Record<string, string | string[] | undefined>,
): Promise<EditorAnswer<EditView>> {
  noStore(res);
  const account = sessionAccount(editorDb(), cookiesOf(req).get(SESSION_COOKIE));
  if (!account) return { redirect: editorPaths.login };
  const { repo } = await workspace();
  const site = siteOf(repo.dir);
  const view = (
    kind: Kind,
    values: FormValues,
    rest: Partial<EditView> & { file: string; version: string },
    checked: { file: string; text: string } | null = null,
  ) => ({
    status: 200,
    view: {
      kind,
      spec: formSpec(kind, site),
      values,
      problems: checked === null ? [] : problemsOf(repo.dir, checked.file, checked.text),
      parents: kind === "trang" && !rest.file ? sections(repo.dir) : null,
      parent: "",
      actions: actionsFor(account),
      message: null,
      theirs: null,
      photo: { alt: "", caption: "" },
      ...rest,
    },
  });

  if (req.method !== "POST") {
    const file = typeof query.tep === "string" ? query.tep : "";
    const saved = typeof query["da-luu"] === "string" ? query["da-luu"] : "";
    const message = (ACTIONS as readonly string[]).includes(saved)
      ? t.saved[saved as Action]
      : query["khong-doi"]
        ? t.unchanged
        : query["khoi-phuc"]
          ? viEditor.history.restored
          : null;
    if (!file) {
      const kind = kindParam(query.loai);
      return view(kind, formValues("", formSpec(kind, site)), { file: "", version: "", message });
    }
    const kind = kindOf(file);
    if (!kind) return { status: 404, message: t.notFound };
    const opened = await repo.read(`content/${file}`);
    if (!opened) return { status: 404, message: t.notFound };
    return view(
      kind,
      formValues(opened.text, formSpec(kind, site)),
      { file, version: opened.version, message },
      { file, text: opened.text },
    );
  }

  const posted = await postedUpload(req, { fields: MAX_ARTICLE_FORM, file: MAX_PHOTO_BYTES });
  if (!("form" in posted)) return posted;
  const { form } = posted;
  const given = form.get("tep") ?? "";
  const kind = given ? kindOf(given) : kindParam(form.get("loai"));
  const button = form.get("buoc") ?? "";
  const filesOnly = button === PHOTO_BUTTON;
  // Thêm ảnh commits the files alone, if the account may save the piece (as Lưu nháp asks: a phóng viên their own
  // drafts); the text itself is not saved.
  const action = (filesOnly ? "luu-nhap" : button) as Action;
  if (!kind || !(ACTIONS as readonly string[]).includes(action))
    return { status: 400, message: viEditor.web.badForm };
  const spec = formSpec(kind, site);
  const values = postedValues(form, spec);
  const version = form.get("phien-ban") ?? "";
  const parent = form.get("muc") ?? "";
  const file = given || newFile(kind, values, parent, repo.dir);
  const photoFields = { alt: form.get("mo-ta-anh") ?? "", caption: form.get("chu-thich-anh") ?? "" };
  const uploads: NewFile[] = [];
  /** The file's text on the branch, once read: what the typed values are checked against. */
  let base: string | null = null;
  // After a conflict the form carries the other version's id: saving again, having compared, is deliberate.
  // Refused: the form as typed. Files chosen are not added (nor their figure): the photo's description stays, and
  // the message asks to choose them again.
  const again = (message: string, theirs: string | null = null, current = version) =>
    view(
      kind,
      values,
      {
        file: given,
        version: current,
        message: uploads.length ? `${message} ${t.photo.notAdded}` : message,
        theirs,
        photo: photoFields,
        parent,
      },
      { file, text: formText(base, spec, values) },
    );
  const title = values.fields.title || "";
  const now = new Date();
  let saving = values;
  // The photo, made fit for the site, and its figure at the end of the text; or the form again, saying why not.
  const photo = posted.files.get("anh");
  if (photo) {
    if (photo.tooBig) return again(t.photo.problems["too-big"]);
    if (!photoFields.alt.trim()) return again(t.photo.altNeeded);
    const prepared = await preparePhoto(photo.bytes, title || photoFields.alt, now);
    if (!prepared.ok) return again(t.photo.problems[prepared.problem]);
    uploads.push({ file: `public/${prepared.photo.path}`, bytes: prepared.photo.bytes });
    const figure = figureMarkdown(prepared.photo.src, photoFields.alt, photoFields.caption);
    saving = { ...saving, body: withFigure(saving.body, figure) };
  }
  // A document's file, added to its list of files.
  const attachment = kind === "van-ban" ? posted.files.get("tep-van-ban") : undefined;
  if (attachment) {
    if (attachment.tooBig) return again(t.attachment.problems["too-big"]);
    const prepared = prepareAttachment(attachment.bytes, `${values.fields.number ?? ""} ${title}`, now);
    if (!prepared.ok) return again(t.attachment.problems[prepared.problem]);
    uploads.push({ file: `public/${prepared.attachment.path}`, bytes: prepared.attachment.bytes });
    const listed = saving.fields.files?.trim();
    saving = {
      ...saving,
      fields: {
        ...saving.fields,
        files: listed ? `${listed}, ${prepared.attachment.src}` : prepared.attachment.src,
      },
    };
  }
  if (filesOnly && uploads.length === 0) return again(t.photo.none);

  const opened = version ? await repo.read(`content/${file}`) : null;
  base = opened?.text ?? null;
  if (version && opened?.version !== version)
    return again(t.conflict, opened?.text ?? "", opened?.version ?? "");
  const step = takeStep({
    action,
    text: formText(opened?.text ?? null, spec, saving),
    before: opened?.text ?? null,
    account,
    note: form.get("ghi-chu") ?? "",
    // Hẹn giờ publishes at the form's date, which must be later than now.
    at: parseContentDate(saving.fields.date ?? "") ?? undefined,
    now,
    // Only an article names its author; a page's or a document's is who created its file.
    authorField: kind === "bai-viet",
    owner: kind === "bai-viet" || !opened ? undefined : await repo.creator(`content/${file}`),
    problems: (text) =>
      contentProblems(repo.dir, file, text).map(({ message, field }) => `${field}: ${message}`),
  });
  if (!step.ok) return again(step.reason);
  if (filesOnly) {
    const added = await repo.addFiles(
      uploads,
      author(account),
      viEditor.workflow.messages.photo(title || t.photo.untitled),
    );
    if (added === "saved")
      logActivity(editorDb(), {
        login: account.login,
        action: "them-tep",
        detail: uploads.map(({ file: name }) => name).join(", "),
        address: clientAddress(req),
      });
    // The text is not saved yet: the form again, with what was added.
    const message = [photo && t.photo.added, attachment && t.attachment.added].filter(Boolean).join(" ");
    return view(kind, saving, { file: given, version, message, parent });
  }
  const saved = await repo.save({
    file: `content/${file}`,
    text: step.text,
    base: opened?.version ?? null,
    author: author(account),
    message: step.message,
    files: uploads,
  });
  if (saved.kind === "conflict") {
    if (version) return again(t.conflict, saved.theirs ?? "", saved.version ?? "");
    // A new piece whose address another one has: never over it; another title makes another address.
    uploads.length = 0;
    return view(kind, values, { file: "", version: "", message: t.exists, photo: photoFields, parent });
  }
  if (saved.kind === "saved")
    logActivity(editorDb(), {
      login: account.login,
      action,
      detail: `${file} (${saved.commit.slice(0, 10)})`,
      address: clientAddress(req),
    });
  await catalogChanged();
  const done = saved.kind === "unchanged" ? "khong-doi=1" : `da-luu=${action}`;
  return { redirect: `${editPath(file)}&${done}` };
}

/** A new piece's file: an article's year and title; a page's section and title; a document's year, type and number. */
export function newFile(
  kind: Kind,
  values: FormValues,
  parent: string,
  dir: string,
  now = new Date(),
): string {
  const { fields } = values;
  const yearOf = (date: string | undefined) =>
    /^\d{4}/.exec((date ?? "").trim())?.[0] ?? String(now.getFullYear());
  if (kind === "bai-viet")
    return `articles/${yearOf(fields.date)}/${slugify(fields.title ?? "") || "bai-moi"}.md`;
  if (kind === "van-ban") {
    const name =
      slugify(`${fields.type ?? ""} ${fields.number ?? ""}`) || slugify(fields.title ?? "") || "van-ban-moi";
    return `documents/${yearOf(fields.issued)}/${name}.md`;
  }
  const section = sections(dir).some(({ value }) => value === parent) ? `${parent}/` : "";
  return `pages/${section}${slugify(fields.title ?? "") || "trang-moi"}.md`;
}

/** The sections a new page may go in: the folders of content/pages with their index page. */
function sections(dir: string): { value: string; label: string }[] {
  const root = path.join(/* turbopackIgnore: true */ dir, "content", "pages");
  const found: { value: string; label: string }[] = [];
  const walk = (folder: string, prefix: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (!entry.isDirectory() || !/^[a-z0-9-]+$/.test(entry.name)) continue;
      const value = `${prefix}${entry.name}`;
      const index = path.join(/* turbopackIgnore: true */ folder, entry.name, "index.md");
      if (fs.existsSync(index)) found.push({ value, label: titleOf(index) || value });
      walk(path.join(/* turbopackIgnore: true */ folder, entry.name), `${value}/`);
    }
  };
  walk(root, "");
  return found;
}

function titleOf(file: string): string {
  return formValues(fs.readFileSync(file, "utf8"), [
    { key: "title", label: "", help: "", control: "text", required: true },
  ]).fields.title!;
}

/** The check's errors of a text, field by field. */
function problemsOf(dir: string, file: string, text: string): { field: string; message: string }[] {
  if (!file) return [];
  return contentProblems(dir, file, text).map(({ field, message }) => ({ field, message }));
}

export const author = (account: Account) => ({
  name: account.name,
  email: account.email ?? `${account.login}@quan-tri.invalid`,
});

/** The clone's site.yml. */
function siteOf(dir: string): SiteConfig | null {
  return loadSite(path.join(/* turbopackIgnore: true */ dir, "content")).site;
}
