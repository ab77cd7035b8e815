/**
 * The article's edit page (`/quan-tri/sua?tep=articles/…md`, or without `tep` for a new one), framework-free: the
 * form's fields from the file on the branch, and, on a post, the step the button names (lib/editor/workflow.ts)
 * saved as a commit of its writer (lib/editor/repo.ts). Nothing typed is lost: a refused step or a conflict shows
 * the form again with what was typed, and a conflict the other version beside it.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { loadSite } from "../content/site-file";
import { parseContentDate } from "../dates";
import { slugify } from "../text";
import { CAN, type Account } from "./accounts";
import { articleFields, articleText, type ArticleFields } from "./article-form";
import { articleProblems } from "./check";
import { editorDb } from "./context";
import { cookiesOf } from "./http";
import { noStore, postedUpload, type EditorAnswer } from "./pages";
import { figureMarkdown, MAX_PHOTO_BYTES, preparePhoto, withFigure, type Photo } from "./photos";
import { editorPaths, editPath, PHOTO_BUTTON } from "./paths";
import { SESSION_COOKIE, sessionAccount } from "./sessions";
import { viEditor } from "./vi";
import { ACTIONS, takeStep, type Action } from "./workflow";
import { catalogChanged, workspace } from "./workspace";

const t = viEditor.web.edit;
export const MAX_ARTICLE_FORM = 1_200_000;

export interface EditView {
  /** Relative to the content folder; empty for a new article. */
  file: string;
  version: string;
  fields: ArticleFields;
  categories: { slug: string; name: string }[];
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

export const articleFile = (file: string) => /^articles\/\d{4}\/[a-z0-9-]+\.md$/.test(file);

export async function editPage(
  req: IncomingMessage,
  res: ServerResponse,
  query: Record<string, string | string[] | undefined>,
): Promise<EditorAnswer<EditView>> {
  noStore(res);
  const account = sessionAccount(editorDb(), cookiesOf(req).get(SESSION_COOKIE));
  if (!account) return { redirect: editorPaths.login };
  const { repo } = await workspace();
  const categories = siteCategories(repo.dir) ?? [];
  const view = (fields: ArticleFields, rest: Partial<EditView> & { file: string; version: string }) => ({
    status: 200,
    view: {
      fields,
      categories,
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
        : null;
    if (!file) return view(articleFields(""), { file: "", version: "", message });
    if (!articleFile(file)) return { status: 404, message: t.notFound };
    const opened = await repo.read(`content/${file}`);
    if (!opened) return { status: 404, message: t.notFound };
    return view(articleFields(opened.text), { file, version: opened.version, message });
  }

  const posted = await postedUpload(req, { fields: MAX_ARTICLE_FORM, file: MAX_PHOTO_BYTES });
  if (!("form" in posted)) return posted;
  const { form } = posted;
  const fields = postedFields(form);
  const button = form.get("buoc") ?? "";
  const photoOnly = button === PHOTO_BUTTON;
  // Thêm ảnh commits the photo alone, if the account may save the piece (as Lưu nháp asks: a phóng viên their own
  // drafts); the text itself is not saved.
  const action = (photoOnly ? "luu-nhap" : button) as Action;
  const version = form.get("phien-ban") ?? "";
  let file = form.get("tep") ?? "";
  if (!(ACTIONS as readonly string[]).includes(action) || (file && !articleFile(file)))
    return { status: 400, message: viEditor.web.badForm };
  const photoFields = { alt: form.get("mo-ta-anh") ?? "", caption: form.get("chu-thich-anh") ?? "" };
  if (!file) file = newArticleFile(fields);
  let photo: Photo | null = null;
  // After a conflict the form carries the other version's id: saving again, having compared, is deliberate.
  // Refused: the form as typed. A photo chosen is not added (its figure neither): its description stays, and the
  // message asks to choose it again.
  const again = (message: string, theirs: string | null = null, current = version) =>
    view(fields, {
      file,
      version: current,
      message: photo ? `${message} ${t.photo.notAdded}` : message,
      theirs,
      photo: photoFields,
    });
  // The photo, made fit for the site, and its figure at the end of the text; or the form again, saying why not.
  const upload = posted.files.get("anh");
  if (upload) {
    if (upload.tooBig) return again(t.photo.problems["too-big"]);
    if (!photoFields.alt.trim()) return again(t.photo.altNeeded);
    const prepared = await preparePhoto(upload.bytes, fields.title || photoFields.alt, new Date());
    if (!prepared.ok) return again(t.photo.problems[prepared.problem]);
    photo = prepared.photo;
  } else if (photoOnly) return again(t.photo.none);
  const photos = photo ? [{ file: `public/${photo.path}`, bytes: photo.bytes }] : [];
  const saving = photo
    ? {
        ...fields,
        body: withFigure(fields.body, figureMarkdown(photo.src, photoFields.alt, photoFields.caption)),
      }
    : fields;
  const opened = version ? await repo.read(`content/${file}`) : null;
  if (version && opened?.version !== version)
    return again(t.conflict, opened?.text ?? "", opened?.version ?? "");
  const step = takeStep({
    action,
    text: articleText(opened?.text ?? null, saving),
    before: opened?.text ?? null,
    account,
    note: form.get("ghi-chu") ?? "",
    // Hẹn giờ publishes at the form's date, which must be later than now.
    at: parseContentDate(saving.date) ?? undefined,
    now: new Date(),
    problems: (text) => articleProblems(repo.dir, file, text),
  });
  if (!step.ok) return again(step.reason);
  if (photoOnly) {
    await repo.addFiles(
      photos,
      author(account),
      viEditor.workflow.messages.photo(fields.title || t.photo.untitled),
    );
    // The text is not saved yet: the form again, the figure in it.
    return view(saving, { file: form.get("tep") ?? "", version, message: t.photo.added });
  }
  const saved = await repo.save({
    file: `content/${file}`,
    text: step.text,
    base: opened?.version ?? null,
    author: author(account),
    message: step.message,
    files: photos,
  });
  if (saved.kind === "conflict")
    return version
      ? again(t.conflict, saved.theirs ?? "", saved.version ?? "")
      : // A new article whose address another one has: never over it; another title makes another address.
        view(fields, {
          file: "",
          version: "",
          message: photo ? `${t.exists} ${t.photo.notAdded}` : t.exists,
          photo: photoFields,
        });
  await catalogChanged();
  const done = saved.kind === "unchanged" ? "khong-doi=1" : `da-luu=${action}`;
  return { redirect: `${editPath(file)}&${done}` };
}

/** The article's fields as the form posted them. */
export function postedFields(form: URLSearchParams): ArticleFields {
  return {
    title: form.get("title") ?? "",
    date: form.get("date") ?? "",
    category: form.get("category") ?? "",
    summary: form.get("summary") ?? "",
    tags: form.get("tags") ?? "",
    body: form.get("body") ?? "",
  };
}

/** A new article's file: its year and its title's slug. */
export function newArticleFile(fields: ArticleFields, now = new Date()): string {
  const year = /^\d{4}/.exec(fields.date.trim())?.[0] ?? String(now.getFullYear());
  return `articles/${year}/${slugify(fields.title) || "bai-moi"}.md`;
}

const author = (account: Account) => ({
  name: account.name,
  email: account.email ?? `${account.login}@quan-tri.invalid`,
});

/** The categories of the clone's site.yml, for the form's list. */
function siteCategories(dir: string) {
  return loadSite(path.join(/* turbopackIgnore: true */ dir, "content")).site?.categories.map(
    ({ slug, name }) => ({
      slug,
      name,
    }),
  );
}
