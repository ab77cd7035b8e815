/**
 * The activity log's page (`/quan-tri/nhat-ky`), for the administrators (quản trị) only: who did what, when (UTC)
 * and from where, newest first, 100 to a page.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { CAN } from "./accounts";
import { activityCount, recentActivity, type ActivityEntry } from "./activity";
import { editorDb } from "./context";
import { cookiesOf } from "./http";
import { noStore, type EditorAnswer } from "./pages";
import { editorPaths } from "./paths";
import { SESSION_COOKIE, sessionAccount } from "./sessions";
import { viEditor } from "./vi";

export const ACTIVITY_PAGE_SIZE = 100;

export interface ActivityView {
  entries: ActivityEntry[];
  total: number;
  page: number;
  pages: number;
}

export function activityPage(
  req: IncomingMessage,
  res: ServerResponse,
  query: Record<string, string | string[] | undefined>,
): EditorAnswer<ActivityView> {
  noStore(res);
  const db = editorDb();
  const account = sessionAccount(db, cookiesOf(req).get(SESSION_COOKIE));
  if (!account) return { redirect: editorPaths.login };
  if (!CAN.readActivity(account.role)) return { status: 403, message: viEditor.activity.adminsOnly };
  const total = activityCount(db);
  const pages = Math.max(1, Math.ceil(total / ACTIVITY_PAGE_SIZE));
  const asked = typeof query.trang === "string" && /^\d{1,6}$/.test(query.trang) ? Number(query.trang) : 1;
  const page = Math.min(Math.max(1, asked), pages);
  return {
    status: 200,
    view: {
      entries: recentActivity(db, ACTIVITY_PAGE_SIZE, (page - 1) * ACTIVITY_PAGE_SIZE),
      total,
      page,
      pages,
    },
  };
}
