/**
 * The editor's own clone of the repository the publisher watches (`EDITOR_REPO`), in `EDITOR_DATA/repo`: the editor
 * is one more git client. It never writes into a checkout that serves readers; each save is a commit authored by
 * the person who saved, pushed to `EDITOR_REPO`, and the publisher does what it does for any push.
 *
 * A save never overwrites someone else's change. It names the version of the file it was opened at (its blob id,
 * or null for a new file): when the branch now holds another version, the save is refused and the other version
 * given back to compare. A push refused because the branch moved meanwhile is rebased onto it when the commits
 * that moved it touched other files, and refused as above when they touched this one.
 *
 * Saves are one at a time (one clone). Before it changes anything, a save writes what it is about to do into
 * `EDITOR_DATA/save-journal.json`; a process killed half-way leaves it, and the next `open` puts the clone back to
 * the branch as pushed and hands the text of that save back, so that nothing typed is lost.
 */
import fs from "node:fs";
import path from "node:path";
import { simpleGit, type SimpleGit } from "simple-git";
import { reaching, RepoUnreachableError } from "./repo-remote";
import type { Author, InterruptedSave, NewFile, OpenedFile, SaveRequest, SaveResult } from "./repo-types";

export { RepoUnreachableError } from "./repo-remote";
export type {
  Author,
  InterruptedSave,
  NewFile,
  OpenedFile,
  Revision,
  SaveRequest,
  SaveResult,
} from "./repo-types";

const JOURNAL = "save-journal.json";
/** Who commits for the people (they are the commits' authors). */
const COMMITTER = { name: "Trang quản trị", email: "quan-tri@localhost" };

export class EditorRepo {
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly git: SimpleGit,
    readonly dir: string,
    private readonly journal: string,
    readonly branch: string,
  ) {}

  /**
   * The clone in `dataDir/repo` (cloned on first use), up to date with the remote branch; and the save a killed
   * process left unfinished, if any, its text handed back.
   */
  static async open(
    remote: string,
    dataDir: string,
    branch = "main",
  ): Promise<{ repo: EditorRepo; interrupted: InterruptedSave | null }> {
    const dir = path.join(/* turbopackIgnore: true */ dataDir, "repo");
    fs.mkdirSync(dataDir, { recursive: true });
    if (!fs.existsSync(path.join(/* turbopackIgnore: true */ dir, ".git")))
      await simpleGit().clone(remote, dir, ["--branch", branch, "--single-branch"]);
    // The committer is the editor itself (`-c user.name=…` on every git command); the author is the person.
    const git = simpleGit(dir, { config: [`user.name=${COMMITTER.name}`, `user.email=${COMMITTER.email}`] });
    const repo = new EditorRepo(git, dir, path.join(/* turbopackIgnore: true */ dataDir, JOURNAL), branch);
    const journal = fs.existsSync(repo.journal)
      ? (JSON.parse(fs.readFileSync(repo.journal, "utf8")) as Partial<InterruptedSave>)
      : null;
    // A save's text is handed back; photos alone need nothing (the form still holds them).
    const interrupted = typeof journal?.text === "string" ? (journal as InterruptedSave) : null;
    await repo.sync();
    if (journal) fs.rmSync(repo.journal);
    return { repo, interrupted };
  }

  /** The clone back to the remote branch exactly: no rebase under way, no local commit, no stray file. */
  private async sync() {
    const rebasing = ["rebase-merge", "rebase-apply"].some((name) =>
      fs.existsSync(path.join(/* turbopackIgnore: true */ this.dir, ".git", name)),
    );
    if (rebasing) await this.git.rebase(["--abort"]);
    await reaching(() => this.git.fetch("origin", this.branch));
    await this.reset();
  }

  /** The clone back to the branch as last fetched. */
  private async reset() {
    await this.git.reset(["--hard", `origin/${this.branch}`]);
    await this.git.clean("f", ["-d"]);
  }

  /** The clone brought up to the remote branch (others' pushes included); its commit. */
  refresh(): Promise<string> {
    return this.serial(async () => {
      await this.sync();
      return (await this.git.revparse(["HEAD"])).trim();
    });
  }

  /** A file's text and version on the branch as pushed, or null when there is none. */
  async read(file: string): Promise<OpenedFile | null> {
    return this.serial(async () => {
      await this.sync();
      return this.at("HEAD", file);
    });
  }

  private async at(ref: string, file: string): Promise<OpenedFile | null> {
    const version = await this.versionAt(ref, file);
    if (!version) return null;
    return { text: await this.git.show([version]), version };
  }

  private async versionAt(ref: string, file: string): Promise<string | null> {
    const line = (await this.git.raw(["ls-tree", ref, "--", file])).trim();
    return line ? (line.split(/\s+/)[2] ?? null) : null;
  }

  /**
   * A git command of reading on the clone as it is, between saves (`git log`, `git show`): its output, or null when
   * git refused it (lib/editor/repo-history.ts asks the history this way).
   */
  readGit(args: string[]): Promise<string | null> {
    return this.serial(() =>
      this.git.raw(args).then(
        (out) => out,
        () => null,
      ),
    );
  }

  save(request: SaveRequest): Promise<SaveResult> {
    return this.serial(() => this.saveNow(request));
  }

  /**
   * New files alone (the photos an article is about to show), committed and pushed: nothing to compare, as a file's
   * name is its content's hash; one already there is left as it is.
   */
  addFiles(files: NewFile[], author: Author, message: string): Promise<"saved" | "unchanged"> {
    return this.serial(async () => {
      for (const { file } of files) safePath(file);
      fs.writeFileSync(this.journal, JSON.stringify({ files: files.map(({ file }) => file), message }));
      try {
        await this.sync();
        const added = await this.writeNew(files);
        if (added.length === 0) return "unchanged";
        await this.commit(added, author, message);
        await this.push(async () => false);
        return "saved";
      } catch (error) {
        await this.sync().catch(() => this.reset());
        throw error;
      } finally {
        fs.rmSync(this.journal, { force: true });
      }
    });
  }

  private async saveNow(request: SaveRequest): Promise<SaveResult> {
    safePath(request.file);
    for (const { file } of request.files ?? []) safePath(file);
    // The journal holds the text to hand back, not the photos' bytes (they are in the form's upload again).
    fs.writeFileSync(
      this.journal,
      JSON.stringify({ ...request, files: request.files?.map(({ file }) => file) }),
    );
    try {
      await this.sync();
      const current = await this.at("HEAD", request.file);
      if ((current?.version ?? null) !== request.base)
        return { kind: "conflict", theirs: current?.text ?? null, version: current?.version ?? null };
      const added = await this.writeNew(request.files ?? []);
      if (current?.text === request.text && added.length === 0)
        return { kind: "unchanged", version: current.version };
      const absolute = path.join(/* turbopackIgnore: true */ this.dir, request.file);
      fs.mkdirSync(path.dirname(absolute), { recursive: true });
      fs.writeFileSync(absolute, request.text);
      await this.commit([request.file, ...added], request.author, request.message);
      const refused = await this.push(async () => {
        // The branch moved. Another version of this very file: refused; other files: rebased onto them.
        const theirs = await this.at(`origin/${this.branch}`, request.file);
        if ((theirs?.version ?? null) === request.base) return false;
        await this.sync();
        return { kind: "conflict", theirs: theirs?.text ?? null, version: theirs?.version ?? null } as const;
      });
      if (refused) return refused;
      const commit = (await this.git.revparse(["HEAD"])).trim();
      return { kind: "saved", commit, version: (await this.versionAt("HEAD", request.file))! };
    } catch (error) {
      await this.sync().catch(() => this.reset());
      throw error;
    } finally {
      fs.rmSync(this.journal, { force: true });
    }
  }

  /** The files not yet on the branch, written into the clone; their paths. */
  private async writeNew(files: NewFile[]): Promise<string[]> {
    const added: string[] = [];
    for (const { file, bytes } of files) {
      if (await this.versionAt("HEAD", file)) continue;
      const absolute = path.join(/* turbopackIgnore: true */ this.dir, file);
      fs.mkdirSync(path.dirname(absolute), { recursive: true });
      fs.writeFileSync(absolute, bytes);
      added.push(file);
    }
    return added;
  }

  private async commit(files: string[], author: Author, message: string) {
    await this.git.add(files);
    await this.git.commit(message, files, { "--author": `${author.name} <${author.email}>` });
  }

  /**
   * Pushed to the branch; when the branch moved meanwhile, `moved` (after a fetch) says whether to give up with its
   * answer, else the commit is rebased onto the branch and pushed again.
   */
  private async push<T>(moved: () => Promise<T | false>): Promise<T | null> {
    for (let attempt = 0; ; attempt++) {
      try {
        await reaching(() => this.git.push("origin", `HEAD:${this.branch}`));
        return null;
      } catch (error) {
        if (attempt >= 3 || error instanceof RepoUnreachableError) throw error;
        await reaching(() => this.git.fetch("origin", this.branch));
        const answer = await moved();
        if (answer !== false) return answer;
        await this.git.rebase([`origin/${this.branch}`]);
      }
    }
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }
}

/** A path inside the repository's content or public folder, never outside it. */
function safePath(file: string) {
  const normal = path.posix.normalize(file);
  if (normal !== file || file.startsWith("/") || !/^(content|public)\//.test(file) || file.includes("\0"))
    throw new Error(`not a content path: ${file}`);
}
