/**
 * The publication benchmark (not a test): `npm run bench:publish` (COUNT=10000 articles by default).
 *
 * Sets up what docs/deploy.md describes, in a folder under tests/.output: a bare repository holding the site with
 * COUNT articles, the deploy folder with checkouts `a` and `b` (both built, as after any publication), two
 * instances of the site's server on 3200 and 3201 restarted by the publisher, and nginx with the deployment's
 * configuration in front of them. Then, under autocannon load through nginx (the home page and an article, 16
 * connections each) for the whole of each publication, it pushes one new article and measures until nginx
 * answers its page with 200:
 *
 *  - with the post-receive hook (docs/deploy/post-receive) installed in the bare repository;
 *  - from the newsroom, with the hook: a biên tập's Xuất bản (lib/editor/workflow.ts, the content check, the commit
 *    and the push of the newsroom's clone, lib/editor/repo.ts) until nginx serves the page;
 *  - with the timer, simulated: the publisher started every TIMER_SECONDS (30, as the shipped
 *    tin-huyen-uy-publish.timer; 60 for a one-minute timer) on the wall clock, the push at a random moment.
 *
 * Each delay is split into the wait for the publisher to start (from the attempt's time on the status page) and
 * the publication itself, so the worst case of a timer is its period plus the publication.
 *
 * It reports each delay, the publication's own time, and the load's errors and non-2xx responses. Traffic goes to
 * 127.0.0.1 only. Writes bench-results/publish.json.
 */
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { contentProblems } from "../lib/editor/check";
import { EditorRepo } from "../lib/editor/repo";
import { takeStep } from "../lib/editor/workflow";
import { writeDemoCorpus } from "../scripts/demo-corpus";
import { createDeployFixture, deploymentEnv, sh, stopInstance } from "../scripts/deploy-fixture";
import { deployedNginxConfig, ensureTool, startNginx } from "./server";
import { BENCH_EDITOR } from "./newsroom-account";

const COUNT = Number(process.env.COUNT ?? 10_000);
const ROOT = process.cwd();
const WORK = path.join(ROOT, "tests/.output/bench-publish");
const ORIGIN = path.join(WORK, "origin.git");
const EDITOR = path.join(WORK, "editor");
const DEPLOY = path.join(WORK, "deploy");
const PORTS = [3200, 3201];
const PROXY = 8200;
const TIMER_SECONDS = Number(process.env.TIMER_SECONDS ?? 30);
const SITE = `http://127.0.0.1:${PROXY}`;
const env = deploymentEnv;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const log = (line: string) =>
  console.log(`[bench:publish ${new Date().toISOString().slice(11, 19)}] ${line}`);

function publisher(): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn("node", ["--import", "tsx", "scripts/publish.ts", DEPLOY], {
      cwd: path.join(DEPLOY, "current"),
      env,
      stdio: ["ignore", "ignore", "inherit"],
    });
    child.on("close", (code) => resolve(code ?? 1));
  });
}

let articles = 0;
function pushArticle(useHook: boolean): string {
  // The newsroom's clone may have pushed since: this clone's push would be refused as behind.
  sh(EDITOR, "git", "pull", "--quiet", "--rebase", "origin", "main");
  const slug = `bai-xuat-ban-thu-${++articles}-${Date.now()}`;
  const file = path.join(EDITOR, "content/articles/2026", `${slug}.md`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(
    file,
    `---\ntitle: Bài xuất bản thử ${articles}\ndate: 2026-11-30\ncategory: dan-van\n---\n\nNội dung.\n`,
  );
  sh(EDITOR, "git", "add", "-A");
  sh(EDITOR, "git", "commit", "--quiet", "-m", `Thêm bài ${articles}`);
  execFileSync("git", ["push", "--quiet", "origin", "HEAD:main"], {
    cwd: EDITOR,
    env: { ...env, DEPLOY },
    stdio: ["ignore", "ignore", useHook ? "ignore" : "inherit"],
  });
  return `/bai-viet/${slug}`;
}

/** Seconds from `since` (a performance.now() time) to the start of the newest attempt on the status page. */
function attemptStarted(since: number): number {
  const [last] = JSON.parse(fs.readFileSync(path.join(DEPLOY, "status/status.json"), "utf8")).attempts;
  return (Date.parse(last.at) - (performance.timeOrigin + since)) / 1000;
}

/** Until nginx answers the page with 200 (a query of its own each time: nginx keeps a 404 for a minute). */
async function untilLive(page: string, since: number): Promise<number> {
  for (let i = 0; ; i++) {
    const response = await fetch(`${SITE}${page}?lan=${i}`).catch(() => null);
    if (response?.status === 200) return (performance.now() - since) / 1000;
    await sleep(250);
  }
}

/** Until the newest publication has finished (every instance restarted), and 5 s of load after it. */
async function untilDone() {
  const newest = () =>
    JSON.parse(fs.readFileSync(path.join(DEPLOY, "status/status.json"), "utf8")).attempts[0].result;
  while (newest() === "running") await sleep(250);
  await sleep(5000);
}

/** Load through nginx, on the home page and a category, while `work` runs. */
async function underLoad<T>(work: () => Promise<T>) {
  const runs = ["/", "/chuyen-muc/dan-van"].map((url) => {
    let done!: (result: autocannon.Result) => void;
    const finished = new Promise<autocannon.Result>((resolve) => (done = resolve));
    const instance = autocannon({ url: `${SITE}${url}`, connections: 16, duration: 3600 }, (_error, result) =>
      done(result),
    );
    return { instance, finished };
  });
  const result = await work();
  for (const run of runs) run.instance.stop();
  const [home, category] = await Promise.all(runs.map((run) => run.finished));
  return {
    result,
    load: {
      requests: home!.requests.total + category!.requests.total,
      errors: home!.errors + category!.errors + home!.timeouts + category!.timeouts,
      non2xx: home!.non2xx + category!.non2xx,
    },
  };
}

const nginx = ensureTool(["/usr/sbin/nginx", "/usr/bin/nginx"], "nginx-light");
log(`repository with ${COUNT} articles`);
const { checkout } = createDeployFixture(ROOT, WORK);
fs.chmodSync(WORK, 0o755);
fs.rmSync(path.join(EDITOR, "content/articles"), { recursive: true });
writeDemoCorpus(path.join(EDITOR, "content"), COUNT);
sh(EDITOR, "git", "add", "-A");
sh(EDITOR, "git", "commit", "--quiet", "-m", `${COUNT} bài`);
sh(EDITOR, "git", "push", "--quiet", "origin", "HEAD:main");

log("checkouts a and b, both built");
for (const name of ["a", "b"]) {
  const dir = checkout(name);
  sh(dir, "npm", "run", "build");
}
fs.symlinkSync("a", path.join(DEPLOY, "current"));
fs.writeFileSync(
  path.join(DEPLOY, "publish.env"),
  `SITE_URL=http://localhost:${PROXY}\nPUBLISH_INSTANCES="${PORTS.join(" ")}"\nPUBLISH_RESTART="sh ${DEPLOY}/restart.sh"\n`,
);
for (const port of PORTS)
  sh(DEPLOY, "sh", "-c", `PORT=${port} SITE_URL=http://localhost:${PROXY} sh restart.sh`);
const config = deployedNginxConfig(PORTS[0]!, PROXY)
  .replace(
    `server 127.0.0.1:${PORTS[0]};`,
    PORTS.map((port) => `server 127.0.0.1:${port};`).join("\n        "),
  )
  .replace("/srv/tin-huyen-uy/status/", `${DEPLOY}/status/`);
const stopNginx = startNginx(nginx, path.join(WORK, "nginx"), config);
for (const port of PORTS) {
  while ((await fetch(`http://127.0.0.1:${port}/`).catch(() => null))?.status !== 200) await sleep(250);
}

const results: Record<string, unknown> = { articles: COUNT };
try {
  // Two first publications, not measured, one into each checkout: each installs its libraries once (`npm ci`, as
  // the publisher does for a checkout whose libraries it has not installed itself, about 3 minutes here) and warms
  // its build cache, the way every later publication finds them.
  for (let first = 0; first < 2; first++) {
    pushArticle(false);
    await publisher();
  }

  log("hook: push, then until nginx serves the new page");
  const hook = path.join(ORIGIN, "hooks/post-receive");
  fs.copyFileSync("docs/deploy/post-receive", hook);
  fs.chmodSync(hook, 0o755);
  const viaHook = await underLoad(async () => {
    const since = performance.now();
    const page = pushArticle(true);
    const live = await untilLive(page, since);
    const wait = attemptStarted(since);
    await untilDone();
    return { live, wait };
  });
  const split = ({ live, wait }: { live: number; wait: number }) => ({
    liveSeconds: Number(live.toFixed(1)),
    waitSeconds: Number(wait.toFixed(1)),
    publicationSeconds: Number((live - wait).toFixed(1)),
  });
  results.hook = { ...split(viaHook.result), load: viaHook.load };
  log(`hook: ${JSON.stringify(results.hook)}`);

  log(
    "newsroom: a biên tập's Xuất bản (the step, the check, the commit, the push), then until nginx serves it",
  );
  // The hook runs in the push of the newsroom's clone, as in the deployment (where DEPLOY is the default path).
  process.env.DEPLOY = DEPLOY;
  const { repo } = await EditorRepo.open(ORIGIN, path.join(WORK, "editor-data"));
  const viaNewsroom = await underLoad(async () => {
    const slug = `bai-toa-soan-${Date.now()}`;
    const file = `articles/2026/${slug}.md`;
    const since = performance.now();
    const step = takeStep({
      action: "xuat-ban",
      text: `---\ntitle: Bài tòa soạn xuất bản\ndate: 2026-11-30\ncategory: dan-van\ndraft: true\n---\n\nNội dung.\n`,
      before: null,
      account: BENCH_EDITOR,
      now: new Date(),
      problems: (text) => contentProblems(repo.dir, file, text).map(({ message }) => message),
    });
    if (!step.ok) throw new Error(step.reason);
    const saved = await repo.save({
      file: `content/${file}`,
      text: step.text,
      base: null,
      author: { name: BENCH_EDITOR.name, email: BENCH_EDITOR.email },
      message: step.message,
    });
    const savedSeconds = (performance.now() - since) / 1000;
    if (saved.kind !== "saved") throw new Error(saved.kind);
    const live = await untilLive(`/bai-viet/${slug}`, since);
    const wait = attemptStarted(since);
    await untilDone();
    return { live, wait, savedSeconds };
  });
  fs.rmSync(hook);
  results.newsroom = {
    ...split(viaNewsroom.result),
    saveSeconds: Number(viaNewsroom.result.savedSeconds.toFixed(2)),
    load: viaNewsroom.load,
  };
  log(`newsroom: ${JSON.stringify(results.newsroom)}`);

  log(`timer: the publisher every ${TIMER_SECONDS} s on the wall clock; the push at a random moment`);
  let stopTimer = false;
  const timer = (async () => {
    while (!stopTimer) {
      await sleep(TIMER_SECONDS * 1000 - (Date.now() % (TIMER_SECONDS * 1000)));
      if (!stopTimer) await publisher();
    }
  })();
  await sleep(Math.random() * TIMER_SECONDS * 1000);
  const viaTimer = await underLoad(async () => {
    const since = performance.now();
    const page = pushArticle(false);
    const live = await untilLive(page, since);
    const wait = attemptStarted(since);
    await untilDone();
    return { live, wait };
  });
  stopTimer = true;
  const [last] = JSON.parse(fs.readFileSync(path.join(DEPLOY, "status/status.json"), "utf8")).attempts;
  const timerSplit = split(viaTimer.result);
  results.timer = {
    periodSeconds: TIMER_SECONDS,
    ...timerSplit,
    worstCaseSeconds: Number((TIMER_SECONDS + timerSplit.publicationSeconds).toFixed(1)),
    load: viaTimer.load,
    lastAttempt: last.result,
  };
  log(`timer: ${JSON.stringify(results.timer)}`);
  await timer.catch(() => undefined);
} finally {
  stopNginx();
  for (const port of PORTS) stopInstance(DEPLOY, port);
}
console.log(JSON.stringify(results, null, 2));
fs.mkdirSync("bench-results", { recursive: true });
fs.writeFileSync("bench-results/publish.json", JSON.stringify(results, null, 2));
