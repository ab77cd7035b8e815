/**
 * Whether a piece's last save is on the site: the publisher's status (lib/publish/status.ts, `status/status.json`
 * in the deploy folder, which `EDITOR_PUBLISH_STATUS` names) read for the last commit that changed the file. An
 * attempt counts for that commit when it published it or a later commit of the branch (which holds it). Shown on the
 * edit page in the publisher's own words.
 */
import fs from "node:fs";
import path from "node:path";
import { toIsoVietnam } from "../dates";
import type { AttemptResult, Status } from "../publish/status";
import { viPublish } from "../publish/vi";
import type { EditorRepo } from "./repo";
import { viEditor } from "./vi";

export interface Publication {
  /** The commit of the piece's last save. */
  commit: string;
  result: AttemptResult | "waiting";
  /** In the publisher's words, with its time. */
  label: string;
  /** This file's problems, when the content stopped it. */
  problems: string[];
}

/** The publication of a file's last commit, or null when the editor is not told where the status is. */
export async function publicationOf(
  repo: EditorRepo,
  file: string,
  statusDir: string | undefined,
): Promise<Publication | null> {
  if (!statusDir) return null;
  const commit = (await repo.readGit(["log", "-1", "--format=%H", "--", `content/${file}`]))?.trim();
  if (!commit) return null;
  for (const attempt of readStatus(statusDir).attempts) {
    const holds =
      attempt.commit === commit ||
      (/^[0-9a-f]{40}$/.test(attempt.commit) &&
        (await repo.readGit(["merge-base", "--is-ancestor", commit, attempt.commit])) !== null);
    if (!holds) continue;
    return {
      commit,
      result: attempt.result,
      label: viEditor.web.edit.publication(
        viPublish.results[attempt.result],
        toIsoVietnam(new Date(attempt.at)).slice(0, 19).replace("T", " "),
      ),
      problems: attempt.problems
        .filter((problem) => problem.file === file)
        .map((p) => `${p.field}: ${p.message}`),
    };
  }
  return { commit, result: "waiting", label: viEditor.web.edit.publicationWaiting, problems: [] };
}

/**
 * The publisher's status file as it last wrote it (lib/publish/status.ts writes it whole, atomically); none yet:
 * no attempt. Read here rather than through lib/publish, whose deploy-folder code the newsroom's pages need not carry.
 */
function readStatus(dir: string): Status {
  try {
    return JSON.parse(
      fs.readFileSync(path.join(/* turbopackIgnore: true */ dir, "status.json"), "utf8"),
    ) as Status;
  } catch {
    return { attempts: [] };
  }
}
