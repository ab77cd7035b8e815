/**
 * A piece's history (`/quan-tri/lich-su?tep=…`), framework-free: the commits that changed its file, from git; any
 * earlier version shown (`&ban=<commit>`); and restored, as a new commit of the person restoring it — the step of
 * their role's plain save (a biên tập's Lưu, which keeps a published piece live only if it passes the check; a
 * phóng viên's Lưu nháp, on their own drafts). Nothing is ever rewritten: the history only grows.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { toIsoVietnam } from "../dates";
import { CAN } from "./accounts";
import { logActivity } from "./activity";
import { contentProblems, kindOf } from "./check";
import { editorDb } from "./context";
import { author } from "./edit-page";
import { clientAddress } from "./http";
import { signedIn, postedForm, type EditorAnswer } from "./pages";
import { frontMatterField } from "./front-matter-edit";
import { editorPaths, editPath, historyPath } from "./paths";
import type { Revision } from "./repo";
import { fileCreator, fileHistory, textAt } from "./repo-history";
import { viEditor } from "./vi";
import { takeStep } from "./workflow";
import { catalogChanged, workspace } from "./workspace";

const t = viEditor.history;

export interface HistoryView {
  file: string;
  title: string;
  revisions: (Omit<Revision, "at"> & { at: string })[];
  /** The version shown, with what restoring it needs. */
  shown: { commit: string; at: string; author: string; text: string; version: string } | null;
  message: string | null;
}

const when = (iso: string) => toIsoVietnam(new Date(iso)).slice(0, 16).replace("T", " ");

export async function historyPage(
  req: IncomingMessage,
  res: ServerResponse,
  query: Record<string, string | string[] | undefined>,
): Promise<EditorAnswer<HistoryView>> {
  const account = signedIn(req, res);
  if (!account) return { redirect: editorPaths.login };
  const { repo } = await workspace();

  if (req.method === "POST") {
    const form = await postedForm(req);
    if (!(form instanceof URLSearchParams)) return form;
    const file = form.get("tep") ?? "";
    const commit = form.get("ban") ?? "";
    if (!kindOf(file)) return { status: 400, message: viEditor.web.badForm };
    const [old, current] = await Promise.all([
      textAt(repo, commit, `content/${file}`),
      repo.read(`content/${file}`),
    ]);
    if (old === null || !current) return { status: 404, message: viEditor.web.edit.notFound };
    // Restoring over a version other than the one shown beside it would undo a change not seen.
    if (current.version !== form.get("phien-ban")) return { redirect: historyPath(file, commit, true) };
    const revision = (await fileHistory(repo, `content/${file}`)).find((each) => each.commit === commit);
    const kind = kindOf(file)!;
    const step = takeStep({
      action: CAN.publish(account.role) ? "cap-nhat" : "luu-nhap",
      text: old,
      before: current.text,
      account,
      now: new Date(),
      authorField: kind === "bai-viet",
      owner: kind === "bai-viet" ? undefined : await fileCreator(repo, `content/${file}`),
      problems: (text) =>
        contentProblems(repo.dir, file, text).map(({ field, message }) => `${field}: ${message}`),
    });
    if (!step.ok) return { status: 200, message: step.reason };
    const saved = await repo.save({
      file: `content/${file}`,
      text: step.text,
      base: current.version,
      author: author(account),
      message: t.message(titleOf(step.text) || file, revision ? when(revision.at) : commit.slice(0, 10)),
    });
    if (saved.kind === "conflict") return { redirect: historyPath(file, commit, true) };
    if (saved.kind === "saved")
      logActivity(editorDb(), {
        login: account.login,
        action: "khoi-phuc",
        detail: `${file} (${commit.slice(0, 10)} → ${saved.commit.slice(0, 10)})`,
        address: clientAddress(req),
      });
    await catalogChanged();
    return { redirect: `${editPath(file)}&${saved.kind === "unchanged" ? "khong-doi=1" : "khoi-phuc=1"}` };
  }

  const file = typeof query.tep === "string" ? query.tep : "";
  if (!kindOf(file)) return { status: 404, message: viEditor.web.edit.notFound };
  const current = await repo.read(`content/${file}`);
  if (!current) return { status: 404, message: viEditor.web.edit.notFound };
  const revisions = (await fileHistory(repo, `content/${file}`)).map((revision) => ({
    ...revision,
    at: when(revision.at),
  }));
  const commit = typeof query.ban === "string" ? query.ban : "";
  const text = commit ? await textAt(repo, commit, `content/${file}`) : null;
  const revision = revisions.find((each) => each.commit === commit);
  return {
    status: 200,
    view: {
      file,
      title: titleOf(current.text) || file,
      revisions,
      shown:
        text === null
          ? null
          : {
              commit,
              at: revision?.at ?? "",
              author: revision?.author ?? "",
              text,
              version: current.version,
            },
      message: query["da-doi"] ? viEditor.web.edit.conflict : null,
    },
  };
}

function titleOf(text: string): string {
  const title = frontMatterField(text, "title");
  return typeof title === "string" ? title : "";
}
