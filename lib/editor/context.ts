/**
 * What the editor's process shares across requests: its database (opened once, from EDITOR_DATA) and the login
 * policy (two factors for biên tập and quản trị, unless the site's settings turn them off — `twoFactor: false` in
 * the site.yml of the repository — or, for a test or a site that cannot use them, `EDITOR_2FA=tat`).
 */
import path from "node:path";
import { loadSite } from "../content/site-file";
import { editorDataDir, openEditorDb, type EditorDb } from "./db";
import type { LoginPolicy } from "./login";

let db: EditorDb | undefined;

export function editorDb(): EditorDb {
  return (db ??= openEditorDb(editorDataDir()));
}

export function loginPolicy(env: NodeJS.ProcessEnv = process.env): LoginPolicy {
  if (env.EDITOR_2FA === "tat") return { requireTotp: false };
  // The site.yml of the editor's clone, as last fetched; none yet (or one with errors): two factors.
  const { site } = loadSite(path.join(/* turbopackIgnore: true */ editorDataDir(env), "repo", "content"));
  return { requireTotp: site?.twoFactor !== false };
}
