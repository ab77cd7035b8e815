/**
 * `npm run editor:backup -- <file>`: a consistent copy of the editor's database (accounts, sessions, activity log)
 * while the editor runs, by SQLite's online backup. Restore by stopping the editor and putting the copy in place of
 * `EDITOR_DATA/editor.db` (docs/deploy.md).
 */
import path from "node:path";
import { editorDataDir, openEditorDb } from "../lib/editor/db";

const [target] = process.argv.slice(2);
if (!target) {
  console.error("Cách dùng: npm run editor:backup -- <tệp-sao-lưu.db>");
  process.exit(2);
}
const db = openEditorDb(editorDataDir());
try {
  await db.backup(path.resolve(target));
  console.log(`Đã sao lưu cơ sở dữ liệu của trang quản trị vào ${path.resolve(target)}.`);
} finally {
  db.close();
}
