/**
 * What a person was typing, kept on the server (lib/editor/db.ts `autosaves`): the edit page sends its form every
 * minute; the next time that person opens the piece, from any browser, the form offers it back, until they save it
 * or set it aside. One per person and piece; at most 1.2 MB of form.
 *
 * And who is editing what: each open edit page says so every 30 seconds; a page opened by someone else within the
 * last 90 seconds is shown to the others. Kept in this process only (the editor runs as one).
 */
import type { EditorDb } from "./db";

export interface Autosave {
  version: string;
  /** The form's fields, as posted. */
  form: Record<string, string>;
  /** ISO 8601, UTC. */
  at: string;
}

/** The key of a piece: its file, or `moi:<kind>` for a new one. */
export const autosaveKey = (file: string, kind: string) => file || `moi:${kind}`;

export function keepAutosave(db: EditorDb, userId: number, key: string, saved: Autosave) {
  db.prepare(
    "INSERT INTO autosaves (user_id, file, version, form, at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (user_id, file) DO UPDATE SET version = excluded.version, form = excluded.form, at = excluded.at",
  ).run(userId, key, saved.version, JSON.stringify(saved.form), saved.at);
}

export function autosaveOf(db: EditorDb, userId: number, key: string): Autosave | null {
  const row = db
    .prepare("SELECT version, form, at FROM autosaves WHERE user_id = ? AND file = ?")
    .get(userId, key) as { version: string; form: string; at: string } | undefined;
  return row
    ? { version: row.version, form: JSON.parse(row.form) as Record<string, string>, at: row.at }
    : null;
}

export function dropAutosave(db: EditorDb, userId: number, key: string) {
  db.prepare("DELETE FROM autosaves WHERE user_id = ? AND file = ?").run(userId, key);
}

const EDITING_MS = 90_000;
const editing = new Map<string, Map<number, { name: string; at: number }>>();

/** Someone has the piece open now. */
export function markEditing(file: string, account: { id: number; name: string }, now = Date.now()) {
  if (!file) return;
  let people = editing.get(file);
  if (!people) editing.set(file, (people = new Map()));
  people.set(account.id, { name: account.name, at: now });
}

/** The others who had the piece open in the last 90 seconds. */
export function othersEditing(file: string, accountId: number, now = Date.now()): string[] {
  const people = editing.get(file);
  if (!people) return [];
  for (const [id, { at }] of people) if (now - at > EDITING_MS) people.delete(id);
  if (people.size === 0) editing.delete(file);
  return [...people].filter(([id]) => id !== accountId).map(([, { name }]) => name);
}
