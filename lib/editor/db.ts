/**
 * The editor's embedded database (SQLite, better-sqlite3): its accounts, sessions, login attempts and activity log,
 * in `EDITOR_DATA/editor.db` (default `.editor/`, git-ignored). Its schema is migrated forward by `user_version` on
 * opening, in one transaction per step: a process killed half-way leaves the previous version, whole. Write-ahead
 * logging lets the editor read while a command (`npm run editor:user`) writes; `backup()` copies it safely while
 * it runs (docs/deploy.md).
 */
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

export type EditorDb = Database.Database;

const MIGRATIONS: readonly string[] = [
  `CREATE TABLE users (
     id INTEGER PRIMARY KEY,
     login TEXT NOT NULL UNIQUE,
     name TEXT NOT NULL,
     email TEXT,
     role TEXT NOT NULL CHECK (role IN ('phong-vien', 'bien-tap', 'quan-tri')),
     password_hash TEXT NOT NULL,
     totp_secret TEXT,
     totp_last_step INTEGER,
     disabled_at TEXT,
     created_at TEXT NOT NULL
   );
   CREATE TABLE sessions (
     token_hash TEXT PRIMARY KEY,
     user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
     created_at INTEGER NOT NULL,
     last_seen INTEGER NOT NULL,
     address TEXT,
     -- 1 while the password is checked but the second factor not yet.
     pending INTEGER NOT NULL DEFAULT 0,
     -- The authenticator secret shown at enrolment, kept until its first code confirms it.
     enrol_secret TEXT
   );
   CREATE INDEX sessions_user ON sessions (user_id);
   CREATE TABLE login_failures (
     key TEXT NOT NULL,
     at INTEGER NOT NULL
   );
   CREATE INDEX login_failures_key ON login_failures (key, at);
   CREATE TABLE activity (
     id INTEGER PRIMARY KEY,
     at TEXT NOT NULL,
     login TEXT,
     action TEXT NOT NULL,
     detail TEXT,
     address TEXT
   );`,
  // 2: what a person was typing, kept every minute by the edit page, offered back until they save.
  `CREATE TABLE autosaves (
     user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
     -- The file, or "moi:<kind>" for a new piece.
     file TEXT NOT NULL,
     -- The version of the file the form was opened at.
     version TEXT NOT NULL,
     form TEXT NOT NULL,
     at TEXT NOT NULL,
     PRIMARY KEY (user_id, file)
   );`,
];

/** The database of an editor data folder (made if missing), migrated to the current schema. */
export function openEditorDb(dataDir: string): EditorDb {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const db = new Database(path.join(/* turbopackIgnore: true */ dataDir, "editor.db"));
  db.pragma("journal_mode = WAL");
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 5000");
  const version = db.pragma("user_version", { simple: true }) as number;
  for (let step = version; step < MIGRATIONS.length; step++)
    db.transaction(() => {
      db.exec(MIGRATIONS[step]!);
      db.pragma(`user_version = ${step + 1}`);
    })();
  return db;
}

/** The data folder: `EDITOR_DATA`, else `.editor/` in the working folder. */
export function editorDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(/* turbopackIgnore: true */ env.EDITOR_DATA ?? ".editor");
}
