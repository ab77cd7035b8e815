/**
 * A piece's history in the editor's clone (lib/editor/repo.ts), read from git: the commits that changed its file, its
 * text at one of them, and who created it (the owner of a page or a document, which do not name their author).
 */
import type { EditorRepo } from "./repo";
import type { Revision } from "./repo-types";

/** The commits that changed a file on the branch, newest first (at most 200). */
export async function fileHistory(repo: EditorRepo, file: string): Promise<Revision[]> {
  const log = await repo.readGit(["log", "-n", "200", "--format=%H%x1f%an%x1f%aI%x1f%s", "--", file]);
  return (log ?? "")
    .split("\n")
    .filter(Boolean)
    .map((line) => {
      const [commit, author, at, message] = line.split("\x1f") as [string, string, string, string];
      return { commit, author, at, message };
    });
}

/** A file's text at a commit of the branch, or null (no such commit on it, or no such file in it). */
export async function textAt(repo: EditorRepo, commit: string, file: string): Promise<string | null> {
  if (!/^[0-9a-f]{40}$/.test(commit)) return null;
  if ((await repo.readGit(["merge-base", "--is-ancestor", commit, "HEAD"])) === null) return null;
  return repo.readGit(["show", `${commit}:${file}`]);
}

/** The name of the author of the commit that created a file on the branch, or null. */
export async function fileCreator(repo: EditorRepo, file: string): Promise<string | null> {
  const log = await repo.readGit(["log", "--diff-filter=A", "--format=%an", "--", file]);
  return log?.trim().split("\n").pop() || null;
}
