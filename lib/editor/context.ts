/**
 * What the editor's process shares across requests: its database (opened once, from EDITOR_DATA) and the login
 * policy (two factors for biên tập and quản trị, unless `EDITOR_2FA=tat` turns them off for a site that cannot
 * use them).
 */
import { editorDataDir, openEditorDb, type EditorDb } from "./db";
import type { LoginPolicy } from "./login";

let db: EditorDb | undefined;

export function editorDb(): EditorDb {
  return (db ??= openEditorDb(editorDataDir()));
}

export function loginPolicy(env: NodeJS.ProcessEnv = process.env): LoginPolicy {
  return { requireTotp: env.EDITOR_2FA !== "tat" };
}
