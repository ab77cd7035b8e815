/**
 * The newsroom's steps, after WordPress's: a *phóng viên* saves drafts and submits them for review; a *biên tập*
 * (or *quản trị*) edits anything, publishes now, schedules for a later date, returns a piece with a note, and
 * unpublishes. Each step is a change of the file's front matter (lib/editor/front-matter-edit.ts) and a commit
 * message in Vietnamese naming what and why; whether the account may take it is decided here, and whether the
 * resulting file may be published is the content check's (`problems`): nothing with an error goes live.
 */
import { toIsoVietnam } from "../dates";
import { CAN, type Account } from "./accounts";
import { frontMatterField, setFrontMatter } from "./front-matter-edit";
import { viEditor } from "./vi";

const t = viEditor.workflow;

export const ACTIONS = [
  "luu-nhap",
  "gui-duyet",
  "cap-nhat",
  "xuat-ban",
  "hen-gio",
  "tra-lai",
  "go-xuong",
] as const;
export type Action = (typeof ACTIONS)[number];

export interface StepRequest {
  action: Action;
  /** The file's text as the writer left it (body and front matter). */
  text: string;
  /** The file's text on the branch, or null for a new piece. */
  before: string | null;
  account: Account;
  /** The date to publish at (`hen-gio`). */
  at?: Date;
  /** Why it goes back to its writer (`tra-lai`). */
  note?: string;
  now: Date;
  /** Whether the kind names its author in its front matter (articles); a new piece's is set then. */
  authorField?: boolean;
  /** Who the piece is of, when its front matter does not say (the name of its file's first commit's author). */
  owner?: string | null;
  /** The content check's errors for a text (none: it may be published). */
  problems: (text: string) => string[];
}

export type StepResult = { ok: true; text: string; message: string } | { ok: false; reason: string };

const refuse = (reason: string): StepResult => ({ ok: false, reason });

export function takeStep(request: StepRequest): StepResult {
  const { action, account, now } = request;
  const title = String(frontMatterField(request.text, "title") ?? "").trim() || t.untitled;
  const editor = CAN.publish(account.role);
  // A phóng viên works on their own drafts: a new piece, or one whose author they are, not yet published.
  if (!editor) {
    if (!["luu-nhap", "gui-duyet"].includes(action)) return refuse(t.editorsOnly);
    if (request.before !== null) {
      const author = request.owner !== undefined ? request.owner : frontMatterField(request.before, "author");
      const draft = frontMatterField(request.before, "draft") === true;
      if (author !== account.name || !draft) return refuse(t.ownDraftsOnly);
    }
  }
  const withAuthor = (text: string) =>
    request.authorField !== false && request.before === null && frontMatterField(text, "author") === undefined
      ? setFrontMatter(text, { author: account.name })
      : text;
  const publishable = (text: string): StepResult | null => {
    const errors = request.problems(text);
    return errors.length ? refuse(t.notPublishable(errors.length, errors.join(" "))) : null;
  };
  switch (action) {
    case "luu-nhap":
      return {
        ok: true,
        text: withAuthor(
          setFrontMatter(request.text, { draft: true, ...(editor ? {} : { review: undefined }) }),
        ),
        message: t.messages["luu-nhap"](title),
      };
    case "gui-duyet":
      return {
        ok: true,
        text: withAuthor(setFrontMatter(request.text, { draft: true, review: true })),
        message: t.messages["gui-duyet"](title),
      };
    case "tra-lai": {
      const note = request.note?.trim();
      if (!note) return refuse(t.noteNeeded);
      return {
        ok: true,
        text: setFrontMatter(request.text, { draft: true, review: undefined }),
        message: t.messages["tra-lai"](title, note),
      };
    }
    case "cap-nhat": {
      // A biên tập's save that keeps the piece as it is: a published piece stays published, and must pass the check.
      const text = withAuthor(request.text);
      const live = frontMatterField(text, "draft") !== true;
      return (live ? publishable(text) : null) ?? { ok: true, text, message: t.messages["cap-nhat"](title) };
    }
    case "go-xuong":
      return {
        ok: true,
        text: setFrontMatter(request.text, { draft: true, review: undefined }),
        message: t.messages["go-xuong"](title),
      };
    case "xuat-ban": {
      const text = withAuthor(setFrontMatter(request.text, { draft: undefined, review: undefined }));
      return publishable(text) ?? { ok: true, text, message: t.messages["xuat-ban"](title) };
    }
    case "hen-gio": {
      if (!request.at || request.at.getTime() <= now.getTime()) return refuse(t.notLater);
      const date = toIsoVietnam(request.at);
      const text = withAuthor(setFrontMatter(request.text, { date, draft: undefined, review: undefined }));
      return publishable(text) ?? { ok: true, text, message: t.messages["hen-gio"](title, date) };
    }
  }
}
