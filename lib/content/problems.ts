import type { z } from "zod";

/** A problem found in the content, told in words an editor understands. */
export interface ContentProblem {
  /** Path relative to the content folder, forward slashes (e.g. `articles/2020/bai.md`). */
  file: string;
  /** 1-based line in the file, when known. */
  line?: number;
  /** The front matter field, or `nội dung` for the body. */
  field: string;
  message: string;
}

/** `articles/2020/bai.md:3 — category: …` */
export function formatProblem(p: ContentProblem): string {
  return `${p.file}${p.line ? `:${p.line}` : ""} — ${p.field}: ${p.message}`;
}

/** Thrown when the content folder has problems; carries every one of them. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    const lines = problems.map(formatProblem);
    super(`Nội dung có ${problems.length} lỗi, chưa thể đăng:\n${lines.join("\n")}`);
    this.name = "ContentError";
    this.problems = problems;
  }
}

/** Zod's issues with a file, as problems: one per field, on the line `lineOf` finds for its key. */
export function issuesToProblems(
  file: string,
  issues: readonly z.core.$ZodIssue[],
  lineOf: (key: string) => number | undefined,
): ContentProblem[] {
  return issues.flatMap((issue) => {
    const keys = issue.code === "unrecognized_keys" ? issue.keys : [issue.path[0]];
    return keys.map((key) => {
      const field =
        key === undefined ? "front matter" : issue.path.length > 1 ? issue.path.join(".") : String(key);
      return { file, line: typeof key === "string" ? lineOf(key) : undefined, field, message: issue.message };
    });
  });
}
