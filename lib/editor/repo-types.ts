/** The shapes of the editor's clone's saves (lib/editor/repo.ts). */

export interface Author {
  name: string;
  email: string;
}

export interface SaveRequest {
  /** The file, relative to the repository: `content/articles/2026/hoi-nghi.md`. */
  file: string;
  text: string;
  /** The version it was opened at: its blob id, or null for a new file. */
  base: string | null;
  author: Author;
  /** The commit's message, in Vietnamese: what and why. */
  message: string;
  /** New files committed with it: the photos it shows. */
  files?: NewFile[];
}

/** One commit of a file's history. */
export interface Revision {
  commit: string;
  author: string;
  /** ISO 8601, with the author's offset. */
  at: string;
  message: string;
}

/** What the journal keeps of a save: all but the photos' bytes. */
export type InterruptedSave = Omit<SaveRequest, "files"> & { files?: string[] };

export interface NewFile {
  /** Relative to the repository: `public/images/2026/12/hoi-nghi-3f2a9c1b.jpg`. */
  file: string;
  bytes: Uint8Array;
}

export type SaveResult =
  | { kind: "saved"; commit: string; version: string }
  | { kind: "unchanged"; version: string | null }
  /** The branch holds another version of the file (or none): nothing was committed. */
  | { kind: "conflict"; theirs: string | null; version: string | null };

export interface OpenedFile {
  text: string;
  version: string;
}
