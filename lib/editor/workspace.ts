/**
 * The editor process's view of the content: its clone of EDITOR_REPO (lib/editor/repo.ts), opened once, and the
 * catalog of what the clone holds (lib/editor/catalog.ts), built again only when the clone's commit changed — after
 * a save, or when someone else pushed (the clone is brought up to date at most every 10 seconds).
 */
import fs from "node:fs";
import path from "node:path";
import { loadContent, type LoadResult } from "../content/load";
import { buildCatalog, type Catalog } from "./catalog";
import { editorDataDir } from "./db";
import { EditorRepo, RepoUnreachableError, type InterruptedSave } from "./repo";

const REFRESH_MS = 10_000;

export class WorkspaceError extends Error {}

interface Workspace {
  repo: EditorRepo;
  /** The save a killed process left unfinished, its text to offer back. */
  interrupted: InterruptedSave | null;
  catalog?: { commit: string; at: number; catalog: Catalog; loaded: LoadResult };
}

let opening: Promise<Workspace> | undefined;

export function workspace(env: NodeJS.ProcessEnv = process.env): Promise<Workspace> {
  const remote = env.EDITOR_REPO;
  if (!remote) return Promise.reject(new WorkspaceError("EDITOR_REPO"));
  opening ??= EditorRepo.open(remote, editorDataDir(env), env.EDITOR_BRANCH ?? "main").catch(
    (error: unknown) => {
      opening = undefined;
      throw error;
    },
  );
  return opening;
}

/** After a save: the next list reads the clone again. */
export async function catalogChanged(env: NodeJS.ProcessEnv = process.env) {
  const space = await workspace(env);
  if (space.catalog) space.catalog.at = 0;
}

/** The catalog of the clone as it is now on the branch. */
export async function currentCatalog(now: Date, env: NodeJS.ProcessEnv = process.env): Promise<Catalog> {
  return (await currentContent(now, env)).catalog;
}

/** What the clone holds now on the branch: its content loaded (drafts included), and its catalog. */
export async function currentContent(
  now: Date,
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ catalog: Catalog; loaded: LoadResult; dir: string }> {
  const space = await workspace(env);
  const known = space.catalog;
  const dir = space.repo.dir;
  if (known && Date.now() - known.at < REFRESH_MS) return { ...known, dir };
  let commit: string;
  try {
    commit = await space.repo.refresh();
  } catch (error) {
    // The repository out of reach: the list as last read, rather than none.
    if (error instanceof RepoUnreachableError && known) return { ...known, dir };
    throw error;
  }
  if (known && known.commit === commit) {
    known.at = Date.now();
    return { ...known, dir };
  }
  const contentDir = path.join(/* turbopackIgnore: true */ space.repo.dir, "content");
  const loaded = loadContent({
    contentDir,
    publicDir: path.join(/* turbopackIgnore: true */ space.repo.dir, "public"),
    cacheDir: path.join(/* turbopackIgnore: true */ editorDataDir(env), "cache"),
  });
  const catalog = buildCatalog(
    loaded,
    (file) => fs.readFileSync(path.join(/* turbopackIgnore: true */ contentDir, file)),
    now,
  );
  space.catalog = { commit, at: Date.now(), catalog, loaded };
  return { catalog, loaded, dir };
}
