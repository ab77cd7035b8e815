/**
 * The preview (`/quan-tri/xem-truoc`), framework-free. The article form's Xem trước button posts the form here (in a
 * new tab: the form stays as typed); the preview is made (lib/editor/preview.ts), kept, and the answer is a 303 to
 * `?ma=<name>`: a page with two frames, a phone's width and a computer's, each the site's page itself
 * (`?ma=<name>&khung=1`, its photos from the clone). When the text cannot become a page, its errors instead.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { contentSecurityPolicy } from "../http/csp";
import type { ArticlePageData } from "../page-data";
import { loadSite } from "../content/site-file";
import path from "node:path";
import { kindOf } from "./check";
import { MAX_ARTICLE_FORM } from "./edit-page";
import { newFile } from "./new-file";
import { formSpec, formText, postedValues } from "./kind-form";
import { signedIn, postedUpload, type EditorAnswer } from "./pages";
import { editorPaths, previewPath } from "./paths";
import { keepPreview, keptPreview, previewArticle } from "./preview";
import { viEditor } from "./vi";
import { currentContent, workspace } from "./workspace";

export type PreviewView =
  | { kind: "frames"; name: string; title: string; file: string }
  | { kind: "problems"; problems: string[]; file: string }
  | { kind: "frame"; data: ArticlePageData };

export async function previewPage(
  req: IncomingMessage,
  res: ServerResponse,
  query: Record<string, string | string[] | undefined>,
  now = new Date(),
): Promise<EditorAnswer<PreviewView>> {
  const account = signedIn(req, res);
  if (!account) return { redirect: editorPaths.login };

  if (req.method !== "POST") {
    const kept = typeof query.ma === "string" ? keptPreview(account.id, query.ma) : null;
    if (!kept) return { status: 404, message: viEditor.web.preview.gone };
    const { preview, file } = kept;
    if (!preview.ok) return { status: 200, view: { kind: "problems", problems: preview.problems, file } };
    if (query.khung !== "1")
      return {
        status: 200,
        view: { kind: "frames", name: query.ma as string, title: preview.data.article.title, file },
      };
    // The frame is the site's page, shown inside the editor's own preview page only.
    res.setHeader("X-Frame-Options", "SAMEORIGIN");
    res.setHeader(
      "Content-Security-Policy",
      contentSecurityPolicy({ frameAncestors: "'self'", dev: process.env.NODE_ENV === "development" }),
    );
    return { status: 200, view: { kind: "frame", data: preview.data } };
  }

  const posted = await postedUpload(req, { fields: MAX_ARTICLE_FORM, file: 0 });
  if (!("form" in posted)) return posted;
  const { form } = posted;
  const given = form.get("tep") ?? "";
  const kind = given ? kindOf(given) : "bai-viet";
  if (kind !== "bai-viet") return { status: 400, message: viEditor.web.badForm };
  const { repo } = await workspace();
  const spec = formSpec(kind, loadSite(path.join(/* turbopackIgnore: true */ repo.dir, "content")).site);
  const values = postedValues(form, spec);
  const file = given || newFile(kind, values, "", repo.dir, now);
  const opened = given ? await repo.read(`content/${given}`) : null;
  const { loaded, dir } = await currentContent(now);
  const preview = previewArticle(loaded, dir, file, formText(opened?.text ?? null, spec, values), now);
  return { redirect: previewPath(keepPreview(account.id, given, preview)) };
}
