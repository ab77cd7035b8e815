import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { createDeployFixture, deploymentEnv, sh, stopInstance } from "../../scripts/deploy-fixture";
import { uprightPhonePhoto } from "../phone-photos";

// The publisher end to end (docs/deploy.md "Publishing"): a real bare repository, an editor's clone that pushes to
// it, the deploy folder with its two checkouts and `current`, and the site's server, which the publisher restarts
// with a command this test controls (PUBLISH_RESTART).

const ROOT = path.resolve(import.meta.dirname, "../..");
const WORK = path.join(ROOT, "tests/.output/publish");
const ORIGIN = path.join(WORK, "origin.git");
const EDITOR = path.join(WORK, "editor");
const DEPLOY = path.join(WORK, "deploy");
const PORT = 3121;
const SITE = `http://127.0.0.1:${PORT}`;
const SITE_URL = `http://localhost:${PORT}`;

const env = deploymentEnv;

interface Run {
  code: number;
  output: string;
}

function publisher(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn("node", ["--import", "tsx", "scripts/publish.ts", DEPLOY, ...args], {
      cwd: ROOT,
      env,
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.on("close", (code) => resolve({ code: code ?? 1, output }));
  });
}

function article(slug: string, title: string, date = "2026-11-30") {
  const file = path.join(EDITOR, "content/articles/2026", `${slug}.md`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(
    file,
    `---\ntitle: ${title}\ndate: ${date}\ncategory: tin-tuc-su-kien\n---\n\n${title}.\n`,
  );
  return file;
}

function push(message: string) {
  sh(EDITOR, "git", "add", "-A");
  sh(EDITOR, "git", "commit", "--quiet", "-m", message);
  sh(EDITOR, "git", "push", "--quiet", "origin", "HEAD:main");
  return sh(EDITOR, "git", "rev-parse", "HEAD");
}

const status = () =>
  JSON.parse(fs.readFileSync(path.join(DEPLOY, "status/status.json"), "utf8")) as {
    attempts: {
      commit: string;
      author: string;
      result: string;
      problems: { file: string; field: string }[];
    }[];
  };
const served = () => fs.readlinkSync(path.join(DEPLOY, "current"));
const get = async (url: string) => (await fetch(`${SITE}${url}`)).status;

test.describe.configure({ mode: "serial", timeout: 240_000 });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  // The site's repository as committed, published from a bare repository on the same machine.
  const { checkout } = createDeployFixture(ROOT, WORK);
  // First set-up: `a` built and serving, `b` cloned.
  const a = checkout("a");
  checkout("b");
  sh(a, "npm", "run", "build");
  fs.symlinkSync("a", path.join(DEPLOY, "current"));
  fs.writeFileSync(
    path.join(DEPLOY, "publish.env"),
    `SITE_URL=${SITE_URL}\nPUBLISH_INSTANCES=${PORT}\nPUBLISH_RESTART="sh ${DEPLOY}/restart.sh"\n`,
  );
  sh(DEPLOY, "sh", "-c", `PORT=${PORT} SITE_URL=${SITE_URL} sh restart.sh`);
  await expect.poll(() => get("/").catch(() => 0), { timeout: 60_000 }).toBe(200);
});

test.afterAll(() => stopInstance(DEPLOY, PORT));

const FIRST = "/bai-viet/hoi-nghi-xuat-ban-tu-dong";
const BROKEN = "/bai-viet/bai-co-loi-ngay";
let published = "";

test("an article pushed by an editor is on the site after one run of the publisher", async () => {
  expect(await get(FIRST)).toBe(404);
  published = (article("hoi-nghi-xuat-ban-tu-dong", "Hội nghị xuất bản tự động"), push("Thêm bài hội nghị"));
  const run = await publisher();
  expect(run.code, run.output).toBe(0);
  expect(served()).toBe("b");
  expect(await get(FIRST)).toBe(200);
  expect(await (await fetch(`${SITE}${FIRST}`)).text()).toContain("Hội nghị xuất bản tự động");
  const [last] = status().attempts;
  expect(last).toMatchObject({
    commit: published,
    author: "Biên tập viên <bientap@example.vn>",
    result: "published",
  });
  expect(run.output).toContain(`đã xuất bản ${published.slice(0, 10)} (b)`);
});

test("an article with an error publishes nothing: the site keeps serving, the status names file and field", async () => {
  const aBefore = sh(path.join(DEPLOY, "a"), "git", "rev-parse", "HEAD");
  const buildBefore = fs.readFileSync(path.join(DEPLOY, "a/.next/BUILD_ID"), "utf8");
  article("bai-co-loi-ngay", "Bài có lỗi ngày", "2026-13-45");
  const broken = push("Bài có ngày sai");
  const run = await publisher();
  expect(run.code, run.output).toBe(1);
  expect(served()).toBe("b");
  expect(await get(FIRST)).toBe(200);
  expect(await get(BROKEN)).toBe(404);
  const [last] = status().attempts;
  expect(last).toMatchObject({ commit: broken, result: "content" });
  expect(last!.problems).toEqual([
    expect.objectContaining({ file: "content/articles/2026/bai-co-loi-ngay.md", line: 3, field: "date" }),
  ]);
  const page = fs.readFileSync(path.join(DEPLOY, "status/index.html"), "utf8");
  expect(page).toContain("content/articles/2026/bai-co-loi-ngay.md:3 — date:");
  expect(page).toContain('<meta name="robots" content="noindex, nofollow">');
  // The journal says it too, and the idle checkout is back on its own build's commit, the build untouched.
  expect(run.output).toContain("content/articles/2026/bai-co-loi-ngay.md:3 — date:");
  expect(sh(path.join(DEPLOY, "a"), "git", "rev-parse", "HEAD")).toBe(aBefore);
  expect(fs.readFileSync(path.join(DEPLOY, "a/.next/BUILD_ID"), "utf8")).toBe(buildBefore);
  expect(fs.existsSync(path.join(DEPLOY, "a/content/articles/2026/bai-co-loi-ngay.md"))).toBe(false);
});

test("a rollback serves the previous build again, and the publisher does not undo it", async () => {
  const run = await publisher("--rollback");
  expect(run.code, run.output).toBe(0);
  expect(served()).toBe("a");
  expect(await get(FIRST)).toBe(404);
  expect(await get("/")).toBe(200);
  expect(status().attempts[0]).toMatchObject({ result: "rolledBack" });
  // Neither the commit left behind nor the broken one is published again until another commit arrives.
  const again = await publisher();
  expect(again.code, again.output).toBe(0);
  expect(served()).toBe("a");
});

test("two publishers started together: one publishes, the other waits its turn; one good build", async () => {
  const fixed = (article("bai-co-loi-ngay", "Bài có lỗi ngày", "2026-11-29"), push("Sửa ngày của bài"));
  const runs = await Promise.all([publisher(), publisher()]);
  for (const run of runs) expect(run.code, run.output).toBe(0);
  expect(
    runs.filter((run) => run.output.includes("một lần xuất bản khác đang chạy")).length,
  ).toBeLessThanOrEqual(1);
  expect(served()).toBe("b");
  expect(await get(BROKEN)).toBe(200);
  expect(await get(FIRST)).toBe(200);
  const attempts = status().attempts.filter((a) => a.commit === fixed);
  expect(attempts.map((a) => a.result)).toEqual(["published"]);
});

test("nothing pushed: nothing is built", async () => {
  const build = path.join(DEPLOY, "a/.next/BUILD_ID");
  const before = fs.statSync(build).mtimeMs;
  const attempts = status().attempts.length;
  const run = await publisher();
  expect(run.code, run.output).toBe(0);
  expect(run.output).toContain("không có gì mới");
  expect(run.output).not.toContain("npm run build");
  expect(fs.statSync(build).mtimeMs).toBe(before);
  expect(status().attempts).toHaveLength(attempts);
});

const EDITOR_PORT = 3134;
const EDITOR_SITE = `http://127.0.0.1:${EDITOR_PORT}`;
const PASSWORD = "Đồng lúa Kinh Bắc";
const PHOTO_ARTICLE = "/bai-viet/hoi-nghi-co-anh-tu-dien-thoai";

test("a phóng viên's article with a phone's photo, published by a biên tập in the editor, is live through the hook", async ({
  page,
}) => {
  // The editor's process (`npm run editor`) on this project's build, with the bare repository the publisher watches.
  const data = path.join(WORK, "editor-data");
  const editorEnv = {
    ...env,
    EDITOR_REPO: ORIGIN,
    EDITOR_DATA: data,
    EDITOR_PORT: String(EDITOR_PORT),
    EDITOR_2FA: "tat",
    EDITOR_PUBLISH_STATUS: path.join(DEPLOY, "status"),
    DEPLOY,
  };
  for (const [login, name, role] of [
    ["hoa", "Nguyễn Thị Hoa", "phong-vien"],
    ["lan", "Trần Thị Lan", "bien-tap"],
  ])
    execFileSync(
      process.execPath,
      ["--import", "tsx", "scripts/editor-user.ts", "add", login!, "--name", name!, "--role", role!],
      { cwd: ROOT, env: editorEnv, input: `${PASSWORD}\n` },
    );
  const editor = spawn(
    process.execPath,
    ["--import", "tsx", "scripts/server.ts", "--editor", "-H", "127.0.0.1"],
    {
      cwd: ROOT,
      env: editorEnv,
      stdio: "ignore",
    },
  );
  try {
    await expect
      .poll(
        () =>
          fetch(`${EDITOR_SITE}/quan-tri/dang-nhap`).then(
            (r) => r.status,
            () => 0,
          ),
        { timeout: 60_000 },
      )
      .toBe(200);
    // The phóng viên types the body's Markdown in its text area, as one who chose it.
    await page.context().addInitScript(() => localStorage.setItem("soan-truc-quan", "0"));
    const logIn = async (login: string) => {
      await page.context().clearCookies();
      await page.goto(`${EDITOR_SITE}/quan-tri/dang-nhap`);
      await page.getByLabel("Tên đăng nhập").fill(login);
      await page.getByLabel("Mật khẩu").fill(PASSWORD);
      await page.getByRole("button", { name: "Đăng nhập" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tất cả nội dung");
    };

    // The phóng viên writes it, with a photo from her phone held upright (EXIF orientation, GPS), and submits it.
    await logIn("hoa");
    await page.getByRole("link", { name: "Viết bài mới" }).click();
    await page.getByLabel("Tiêu đề").fill("Hội nghị có ảnh từ điện thoại");
    await page.getByLabel("Chuyên mục").selectOption({ label: "Tin tức - Sự kiện" });
    await page.getByLabel("Ngày đăng").fill("2026-11-30 08:00");
    await page.getByLabel("Nội dung").fill("Sáng 30/11, hội nghị diễn ra tại hội trường huyện.");
    await page.getByLabel("Ảnh (JPEG, PNG hoặc WebP, tối đa 20 MB)").setInputFiles({
      name: "IMG_20150228_171049.jpg",
      mimeType: "image/jpeg",
      buffer: uprightPhonePhoto(),
    });
    await page.getByLabel("Mô tả ảnh").fill("Đại biểu dự hội nghị tại hội trường");
    await page.getByLabel("Chú thích ảnh").fill("Quang cảnh hội nghị. Ảnh: Nguyễn Thị Hoa");
    await page.getByRole("button", { name: "Gửi duyệt" }).click();
    await expect(page.locator("main [role=alert]")).toHaveText("Đã gửi duyệt.");
    // She cannot publish it: no button, and the server refuses the step when posted anyway.
    await expect(page.getByRole("button", { name: "Xuất bản" })).toHaveCount(0);
    const head = sh(ORIGIN, "git", "rev-parse", "main");
    const form = Object.fromEntries(
      await page
        .locator("form.editor-form")
        .evaluate((element) =>
          [...new FormData(element as HTMLFormElement)].filter(([, v]) => typeof v === "string"),
        ),
    ) as Record<string, string>;
    const forced = await page.request.post(`${EDITOR_SITE}/quan-tri/sua`, {
      headers: { origin: EDITOR_SITE },
      form: { ...form, buoc: "xuat-ban" },
    });
    expect(await forced.text()).toContain("Chỉ biên tập viên mới được làm việc này.");
    expect(sh(ORIGIN, "git", "rev-parse", "main")).toBe(head);

    // From now on a push publishes by itself.
    const hook = path.join(ORIGIN, "hooks/post-receive");
    fs.copyFileSync(path.join(ROOT, "docs/deploy/post-receive"), hook);
    fs.chmodSync(hook, 0o755);

    // The biên tập publishes it from the list of what waits for review.
    await logIn("lan");
    await page.goto(`${EDITOR_SITE}/quan-tri?trang-thai=cho-duyet`);
    await page.getByRole("link", { name: "Hội nghị có ảnh từ điện thoại" }).click();
    await page.getByRole("button", { name: "Xuất bản" }).click();
    await expect(page.locator("main [role=alert]")).toHaveText("Đã xuất bản: trang sẽ cập nhật sau ít phút.");
    expect(sh(ORIGIN, "git", "log", "-1", "--format=%an|%s", "main")).toBe(
      "Trần Thị Lan|Xuất bản: Hội nghị có ảnh từ điện thoại",
    );
    const editForm = page.url();

    // The page, once the publisher has run; then the edit page says the last save is on the site.
    await expect
      .poll(() => get(PHOTO_ARTICLE).catch(() => 0), { timeout: 180_000, intervals: [1000] })
      .toBe(200);
    await expect
      .poll(
        async () => {
          await page.goto(editForm);
          return page.locator(".editor-publication").textContent();
        },
        { timeout: 30_000 },
      )
      .toMatch(/^Lần lưu cuối của bài: Đã xuất bản \(lần xuất bản bắt đầu lúc /);
  } finally {
    editor.kill("SIGTERM");
  }

  // The photo upright, without metadata, with its caption.
  await page.goto(`${SITE}${PHOTO_ARTICLE}`);
  const figure = page.locator("article figure");
  await expect(figure.locator("figcaption")).toHaveText("Quang cảnh hội nghị. Ảnh: Nguyễn Thị Hoa");
  const image = figure.locator("img");
  await expect(image).toHaveAttribute("alt", "Đại biểu dự hội nghị tại hội trường");
  // The page shows it through the site's image optimizer; the file itself is the editor's.
  const shown = new URL((await image.getAttribute("src"))!, SITE);
  const src = shown.searchParams.get("url") ?? shown.pathname;
  expect(src).toMatch(/^\/images\/\d{4}\/\d{2}\/hoi-nghi-co-anh-tu-dien-thoai-[0-9a-f]{10}\.jpg$/);
  for (const url of [src, `${shown.pathname}${shown.search}`]) {
    const served = Buffer.from(await (await fetch(`${SITE}${url}`)).arrayBuffer());
    const metadata = await sharp(served).metadata();
    // Upright: taller than wide, as the phone was held.
    expect(metadata.height, url).toBeGreaterThan(metadata.width);
    expect(metadata.exif, url).toBeUndefined();
    expect(served.includes(Buffer.from("XIAOMI")), url).toBe(false);
    if (url === src) expect([metadata.width, metadata.height]).toEqual([1898, 2560]);
  }
  // The page answers as soon as the restarted instance does; the status is written right after.
  await expect.poll(() => status().attempts[0]?.result, { timeout: 30_000 }).toBe("published");
});
