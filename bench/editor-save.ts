/**
 * The editor's save (benchmark, not a test): `npm run bench:editor-save [-- N]`.
 *
 * A repository of N synthetic articles (default 10,000, scripts/demo-corpus.ts) and the project's public folder, as
 * a bare repository the publisher would watch; the editor's clone of it (lib/editor/repo.ts). Then 15 saves as the
 * edit page makes them, each of another article: the step (lib/editor/workflow.ts) with the content check of the
 * file, the commit authored by the person, and the push. Prints the medians, in milliseconds.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { contentProblems } from "../lib/editor/check";
import { formSpec, formText, formValues } from "../lib/editor/kind-form";
import { EditorRepo } from "../lib/editor/repo";
import { takeStep } from "../lib/editor/workflow";
import { loadSite } from "../lib/content/site-file";
import { writeDemoCorpus } from "../scripts/demo-corpus";
import { BENCH_EDITOR } from "./newsroom-account";

const count = Number(process.argv[2] ?? 10_000);
const root = fs.mkdtempSync(path.join(os.tmpdir(), "bench-editor-save-"));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const git = (cwd: string, ...args: string[]) =>
  execFileSync("git", ["-c", "user.name=Bench", "-c", "user.email=bench@x.vn", ...args], {
    cwd,
    stdio: "pipe",
  });
try {
  const work = path.join(root, "work");
  writeDemoCorpus(path.join(work, "content"), count);
  fs.cpSync(path.resolve("public"), path.join(work, "public"), { recursive: true });
  git(root, "init", "--quiet", "--initial-branch=main", work);
  git(work, "add", ".");
  git(work, "commit", "--quiet", "-m", "Kho thử");
  const remote = path.join(root, "site.git");
  git(root, "clone", "--quiet", "--bare", work, remote);
  const openStart = performance.now();
  const { repo } = await EditorRepo.open(remote, path.join(root, "data"));
  const openMs = performance.now() - openStart;
  const site = loadSite(path.join(repo.dir, "content")).site;
  const spec = formSpec("bai-viet", site);
  const files = fs
    .readdirSync(path.join(repo.dir, "content/articles"), { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".md"))
    .slice(0, 15)
    .map((file) => `articles/${file}`);
  const saves: number[] = [];
  for (const [index, file] of files.entries()) {
    const opened = (await repo.read(`content/${file}`))!;
    const values = formValues(opened.text, spec);
    const start = performance.now();
    const step = takeStep({
      action: "cap-nhat",
      text: formText(opened.text, spec, { ...values, body: `${values.body}\n\nĐoạn thêm lần ${index + 1}.` }),
      before: opened.text,
      account: BENCH_EDITOR,
      now: new Date(),
      authorField: true,
      problems: (text) => contentProblems(repo.dir, file, text).map(({ message }) => message),
    });
    if (!step.ok) throw new Error(step.reason);
    const saved = await repo.save({
      file: `content/${file}`,
      text: step.text,
      base: opened.version,
      author: { name: BENCH_EDITOR.name, email: BENCH_EDITOR.email },
      message: step.message,
    });
    if (saved.kind !== "saved") throw new Error(saved.kind);
    saves.push(performance.now() - start);
  }
  console.log(
    JSON.stringify(
      {
        articles: count,
        firstOpenMs: Math.round(openMs),
        saves: saves.length,
        saveMedianMs: Math.round(median(saves)),
        saveMaxMs: Math.round(Math.max(...saves)),
      },
      null,
      2,
    ),
  );
} finally {
  fs.rmSync(root, { recursive: true, force: true });
}
