/**
 * The edit page of every kind (`/quan-tri/sua?tep=articles/…md`, `pages/…`, `documents/…`; or `?loai=trang` and no
 * `tep` for a new one), framework-free: the form (lib/editor/kind-form.ts) from the file on the branch, the content
 * check's errors at their fields, and, on a post, the step the button names (lib/editor/workflow.ts) saved as a
 * commit of its writer (lib/editor/repo.ts), with the photos and document files uploaded with it. Nothing typed is
 * lost: a refused step or a conflict shows the form again with what was typed, and a conflict the other version
 * beside it.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { parseContentDate } from "../dates";
import type { Account } from "./accounts";
import { logActivity } from "./activity";
import { autosaveKey, autosaveOf, dropAutosave, markEditing } from "./autosave";
import { KINDS, type Kind } from "./catalog";
import { contentProblems, kindOf } from "./check";
import { editorDb } from "./context";
import { clientAddress } from "./http";
import { formSpec, formText, formValues, postedValues } from "./kind-form";
import { siteOf, viewMaker, when, type EditView } from "./edit-view";
import { signedIn, postedUpload, type EditorAnswer } from "./pages";
import { editorPaths, editPath, PHOTO_BUTTON } from "./paths";
import { frontMatterField } from "./front-matter-edit";
import { newFile } from "./new-file";
import { publicationOf } from "./publication";
import { MAX_PHOTO_BYTES } from "./photos";
import { RepoUnreachableError, type NewFile } from "./repo";
import { fileCreator } from "./repo-history";
import { viEditor } from "./vi";
import { ACTIONS, takeStep, type Action } from "./workflow";
import { withUploads } from "./uploads";
import { catalogChanged, workspace } from "./workspace";

const t = viEditor.web.edit;
export const MAX_ARTICLE_FORM = 1_200_000;

/** Whether a file is one the editor edits (an article, a page, a document). */
export const contentFile = (file: string) => kindOf(file) !== null;

const kindParam = (value: unknown): Kind =>
  typeof value === "string" && (KINDS as readonly string[]).includes(value) ? (value as Kind) : "bai-viet";

export async function editPage(
  req: IncomingMessage,
  res: ServerResponse,
  query: Record<string, string | string[] | undefined>,
): Promise<EditorAnswer<EditView>> {
  const account = signedIn(req, res);
  if (!account) return { redirect: editorPaths.login };
  const { repo } = await workspace();
  const site = siteOf(repo.dir);
  const view = viewMaker({ account, dir: repo.dir, site, posted: req.method === "POST" });

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
    const kind = file ? kindOf(file) : kindParam(query.loai);
    if (!kind) return { status: 404, message: t.notFound };
    const reading = file ? await reached(repo.read(`content/${file}`)) : { ok: true as const, value: null };
    if (!reading.ok) return { status: 503, message: t.unreachableOpen };
    const opened = reading.value;
    if (file && !opened) return { status: 404, message: t.notFound };
    const spec = formSpec(kind, site);
    const values = formValues(opened?.text ?? "", spec);
    markEditing(file, account);
    // What this person was typing, kept on the server: offered when it differs, shown when asked for.
    const db = editorDb();
    const key = autosaveKey(file, kind);
    const kept = autosaveOf(db, account.id, key);
    const keptValues = kept && postedValues(new URLSearchParams(kept.form), spec);
    const at = kept && when(kept.at);
    if (kept && keptValues && query["tu-luu"] === "1")
      return view(kind, keptValues, {
        file,
        // The version it was typed over: saving it over a later one is refused as a conflict.
        version: kept.version,
        message: viEditor.autosave.fromServer(at!),
        photo: { alt: kept.form["mo-ta-anh"] ?? "", caption: kept.form["chu-thich-anh"] ?? "" },
        parent: kept.form.muc ?? "",
      });
    const differs = keptValues !== null && JSON.stringify(keptValues) !== JSON.stringify(values);
    return view(
      kind,
      values,
      {
        file,
        version: opened?.version ?? "",
        message,
        // A published piece: whether its last save is on the site yet.
        publication:
          opened && frontMatterField(opened.text, "draft") !== true
            ? await publicationOf(repo, file, process.env.EDITOR_PUBLISH_STATUS)
            : null,
        autosave: differs
          ? { at: at!, href: `${file ? editPath(file) : `${editorPaths.edit}?loai=${kind}`}&tu-luu=1` }
          : null,
      },
      opened ? { file, text: opened.text } : null,
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
  let uploads: NewFile[] = [];
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
  // The files uploaded with the form, made fit for the site, and what they add to it; or the form again, saying why.
  const added = await withUploads(kind, values, posted.files, photoFields, new Date());
  if (!added.ok) return again(added.message);
  uploads = added.uploads;
  const saving = added.values;
  if (filesOnly && uploads.length === 0) return again(t.photo.none);

  const reading = version ? await reached(repo.read(`content/${file}`)) : { ok: true as const, value: null };
  if (!reading.ok) return again(t.unreachable);
  const opened = reading.value;
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
    owner: kind === "bai-viet" || !opened ? undefined : await fileCreator(repo, `content/${file}`),
    problems: (text) =>
      contentProblems(repo.dir, file, text).map(({ message, field }) => `${field}: ${message}`),
  });
  if (!step.ok) return again(step.reason);
  if (filesOnly) {
    const adding = await reached(
      repo.addFiles(uploads, author(account), viEditor.workflow.messages.photo(title || t.photo.untitled)),
    );
    if (!adding.ok) return again(t.unreachable);
    const committed = adding.value;
    if (committed === "saved")
      logActivity(editorDb(), {
        login: account.login,
        action: "them-tep",
        detail: uploads.map(({ file: name }) => name).join(", "),
        address: clientAddress(req),
      });
    // The text is not saved yet: the form again, with what was added.
    const message = [added.photo && t.photo.added, added.attachment && t.attachment.added]
      .filter(Boolean)
      .join(" ");
    return view(kind, saving, { file: given, version, message, parent });
  }
  const written = await reached(
    repo.save({
      file: `content/${file}`,
      text: step.text,
      base: opened?.version ?? null,
      author: author(account),
      message: step.message,
      files: uploads,
    }),
  );
  if (!written.ok) return again(t.unreachable);
  const saved = written.value;
  if (saved.kind === "conflict") {
    if (version) return again(t.conflict, saved.theirs ?? "", saved.version ?? "");
    // A new piece whose address another one has: never over it; another title makes another address.
    uploads.length = 0;
    return view(kind, values, { file: "", version: "", message: t.exists, photo: photoFields, parent });
  }
  dropAutosave(editorDb(), account.id, autosaveKey(given, kind));
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

/** A repository exchange's answer, or that the repository could not be reached (after trying again). */
async function reached<T>(exchange: Promise<T>): Promise<{ ok: true; value: T } | { ok: false }> {
  try {
    return { ok: true, value: await exchange };
  } catch (error) {
    if (error instanceof RepoUnreachableError) return { ok: false };
    throw error;
  }
}

export const author = (account: Account) => ({
  name: account.name,
  email: account.email ?? `${account.login}@quan-tri.invalid`,
});
