import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type Cookie, type Page } from "@playwright/test";
import jsQR from "jsqr";
import sharp from "sharp";
import { totpCode } from "@/lib/editor/totp";
import { turnedPhotoFile, uprightPhonePhoto } from "../phone-photos";
import { expectNoAxeViolations } from "./axe";

// The editor's process (`npm run editor`) on the sample build: its login, sessions and refusals, in Chromium.

const ROOT = path.resolve(import.meta.dirname, "../..");
const PORT = 3133;
const BASE = `http://127.0.0.1:${PORT}`;
const DATA = fs.mkdtempSync(path.join(os.tmpdir(), "editor-e2e-"));
const PASSWORD = "Sông Cầu nước chảy";
/** The repository the publisher watches: here a bare clone of this checkout. */
const REMOTE = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "editor-remote-")), "site.git");
const env = { ...process.env, EDITOR_DATA: DATA, EDITOR_PORT: String(PORT), EDITOR_REPO: REMOTE };
let editor: ChildProcess | undefined;

test.describe.configure({ mode: "serial" });
test.use({ baseURL: BASE });

test.beforeAll(async () => {
  execFileSync("git", ["clone", "--quiet", "--bare", ROOT, REMOTE]);
  for (const [login, name, role] of [
    ["hoa", "Nguyễn Thị Hoa", "phong-vien"],
    ["lan", "Trần Thị Lan", "bien-tap"],
    ["binh", "Lê Văn Bình", "bien-tap"],
    ["tuan", "Phạm Văn Tuấn", "quan-tri"],
    ["khoa", "Đỗ Văn Khoa", "phong-vien"],
  ])
    execFileSync(
      process.execPath,
      ["--import", "tsx", "scripts/editor-user.ts", "add", login!, "--name", name!, "--role", role!],
      { cwd: ROOT, env, input: `${PASSWORD}\n` },
    );
  editor = spawn(process.execPath, ["--import", "tsx", "scripts/server.ts", "--editor", "-H", "127.0.0.1"], {
    cwd: ROOT,
    env,
    stdio: "ignore",
  });
  await expect
    .poll(
      () =>
        fetch(`${BASE}/quan-tri/dang-nhap`).then(
          (r) => r.status,
          () => 0,
        ),
      { timeout: 60_000 },
    )
    .toBe(200);
});

test.afterAll(() => editor?.kill("SIGTERM"));

// These tests type the body's Markdown in its text area: each browser starts in Markdown, as a person who chose it
// would (the visual editor is the default, tested below).
test.beforeEach(({ context }) =>
  context.addInitScript(() => {
    if (localStorage.getItem("soan-truc-quan") === null) localStorage.setItem("soan-truc-quan", "0");
  }),
);

async function logIn(page: Page, login: string, password = PASSWORD) {
  await page.goto("/quan-tri");
  await page.getByLabel("Tên đăng nhập").fill(login);
  await page.getByLabel("Mật khẩu").fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
}

test("the login page is Vietnamese, plain HTML, and has no accessibility violation at 390 and 1280 px", async ({
  page,
}) => {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    const response = await page.goto("/quan-tri");
    expect(response!.url()).toBe(`${BASE}/quan-tri/dang-nhap`);
    expect(response!.headers()["cache-control"]).toBe("no-store");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đăng nhập");
    await expect(page.getByLabel("Tên đăng nhập")).toBeVisible();
    await expect(page.getByLabel("Mật khẩu")).toHaveAttribute("type", "password");
    expect(await page.locator("script[src]").count()).toBe(0);
    // The newsroom's own rules come in a stylesheet of its pages (a CSS module; readers' pages lack it).
    await expect(page.locator(".editor-header")).toHaveCSS("background-color", "rgb(165, 14, 14)");
    await expectNoAxeViolations(page);
  }
});

test("an empty login form is answered by the server in Vietnamese, not by the browser, and counts as no attempt", async ({
  page,
}) => {
  await page.goto("/quan-tri/dang-nhap");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.locator("main [role=alert]")).toHaveText("Hãy nhập cả tên đăng nhập và mật khẩu.");
  await expect(page.getByLabel("Tên đăng nhập")).toHaveAttribute("required", "");
  await page.getByLabel("Tên đăng nhập").fill("binh");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.locator("main [role=alert]")).toHaveText("Hãy nhập cả tên đăng nhập và mật khẩu.");
  await expectNoAxeViolations(page);
});

test("a wrong password is told without saying which part was wrong; the right one opens a session", async ({
  page,
  context,
}) => {
  await logIn(page, "hoa", "không phải mật khẩu");
  await expect(page.locator("main [role=alert]")).toHaveText("Tên đăng nhập hoặc mật khẩu không đúng.");
  await logIn(page, "khong-co-ai", "không phải mật khẩu");
  await expect(page.locator("main [role=alert]")).toHaveText("Tên đăng nhập hoặc mật khẩu không đúng.");
  await logIn(page, "hoa");
  await expect(page).toHaveURL(`${BASE}/quan-tri`);
  await expect(page.getByText("Xin chào, Nguyễn Thị Hoa (Phóng viên).")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tất cả nội dung");
  const [cookie] = await context.cookies();
  expect(cookie).toMatchObject({
    name: "__Host-phien",
    httpOnly: true,
    secure: true,
    sameSite: "Strict",
    path: "/",
  });
  await expectNoAxeViolations(page);
});

test("logging out ends the session: its cookie opens nothing afterwards", async ({
  page,
  context,
  request,
}) => {
  await logIn(page, "hoa");
  const [cookie] = await context.cookies();
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page.locator("main [role=alert]")).toHaveText("Bạn đã đăng xuất.");
  const again = await request.get("/quan-tri", {
    headers: { cookie: `${cookie!.name}=${cookie!.value}` },
    maxRedirects: 0,
  });
  expect(again.status()).toBe(303);
  expect(again.headers().location).toBe("/quan-tri/dang-nhap");
});

test("a biên tập enrols an authenticator at the first login, then gives its code", async ({ page }) => {
  await logIn(page, "lan");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bật xác thực hai lớp");
  const secret = (await page.locator(".editor-secret").textContent())!.replace(/\s/g, "");
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await expect(page.getByRole("link", { name: "Mở bằng ứng dụng xác thực trên máy này" })).toHaveAttribute(
    "href",
    /^otpauth:\/\/totp\//,
  );
  // The QR code says the same key, read back by a QR decoder.
  const qr = page.getByRole("img", { name: /Mã QR của khóa thiết lập/ });
  const png = Buffer.from((await qr.getAttribute("src"))!.replace(/^data:image\/png;base64,/, ""), "base64");
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const read = jsQR(new Uint8ClampedArray(data), info.width, info.height);
  expect(read?.data).toBe(
    await page.getByRole("link", { name: "Mở bằng ứng dụng xác thực trên máy này" }).getAttribute("href"),
  );
  expect(read?.data).toContain(`secret=${secret}`);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Xác nhận" }).click();
  await expect(page.locator("main [role=alert]")).toHaveText(
    "Hãy nhập đủ 6 chữ số của mã trên ứng dụng xác thực.",
  );
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bật xác thực hai lớp");
  await page.getByLabel("Mã 6 số trên ứng dụng xác thực").fill("000000");
  await page.getByRole("button", { name: "Xác nhận" }).click();
  await expect(page.locator("main [role=alert]")).toContainText("Mã xác thực không đúng");
  await expectNoAxeViolations(page);
  await page.getByLabel("Mã 6 số trên ứng dụng xác thực").fill(totpCode(secret));
  await page.getByRole("button", { name: "Xác nhận" }).click();
  await expect(page.getByText("Xin chào, Trần Thị Lan (Biên tập).")).toBeVisible();
  // The next login asks for a code, not a new enrolment.
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await logIn(page, "lan");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mã xác thực");
  await expectNoAxeViolations(page);
});

test("a form on another site cannot post here, and the site's own process has no editor", async ({
  request,
}) => {
  const forged = await request.post("/quan-tri/dang-nhap", {
    headers: { origin: "https://ke-gia-mao.example" },
    form: { buoc: "mat-khau", ten: "hoa", "mat-khau": PASSWORD },
    maxRedirects: 0,
  });
  expect(forged.status()).toBe(403);
  expect(await forged.text()).toContain("Yêu cầu không đến từ trang quản trị này nên bị từ chối.");
  expect(forged.headers()["set-cookie"]).toBeUndefined();
  // The readers' server (the sample build's) answers the editor's address with its not-found page.
  const site = await request.get("http://127.0.0.1:3107/quan-tri/dang-nhap");
  expect(site.status()).toBe(404);
  const post = await request.post("http://127.0.0.1:3107/quan-tri/dang-nhap", { form: { ten: "hoa" } });
  expect(post.status()).toBe(405);
});

test("every login, failure and logout is in the activity log, with its address", () => {
  const out = execFileSync(
    process.execPath,
    [
      "--import",
      "tsx",
      "-e",
      `import("./lib/editor/db.ts").then(({ openEditorDb }) => console.log(JSON.stringify(openEditorDb(process.env.EDITOR_DATA).prepare("SELECT login, action, address FROM activity ORDER BY id").all())))`,
    ],
    { cwd: ROOT, env, encoding: "utf8" },
  );
  const log = JSON.parse(out) as { login: string; action: string; address: string | null }[];
  const actions = log
    .filter((entry) => entry.action !== "account-added")
    .map((e) => `${e.login} ${e.action}`);
  expect(actions.slice(0, 5)).toEqual([
    "hoa login-failed",
    "khong-co-ai login-failed",
    "hoa login",
    "hoa login",
    "hoa logout",
  ]);
  expect(
    log.filter((entry) => entry.action === "login").every((entry) => entry.address === "127.0.0.1"),
  ).toBe(true);
});

test("the list holds everything in the repository, filtered by kind, status and words, at 390 and 1280 px", async ({
  page,
}) => {
  await logIn(page, "hoa");
  const rows = page.getByRole("region", { name: "Tất cả nội dung" }).getByRole("row");
  await expect(rows.first()).toBeVisible();
  await page.getByLabel("Loại").selectOption({ label: "Văn bản" });
  await page.getByLabel("Trạng thái").selectOption({ label: "Đã đăng" });
  await page.getByRole("button", { name: "Lọc" }).click();
  await expect(page).toHaveURL(/loai=van-ban/);
  const documents = await rows.allTextContents();
  expect(documents.length).toBeGreaterThan(2);
  for (const row of documents.slice(1)) expect(row).toContain("Văn bản");
  await page.getByLabel("Loại").selectOption({ label: "Tất cả" });
  await page.getByLabel("Tìm theo tiêu đề").fill("dan van kheo");
  await page.getByRole("button", { name: "Lọc" }).click();
  await expect(rows.nth(1)).toContainText("Dân vận khéo");
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await expectNoAxeViolations(page);
  }
});

/**
 * Binh's authenticator: enrolled at his first login, then a code of the next step (each is taken once). Later tests
 * reuse his session, as a browser would: codes of steps further ahead are not accepted.
 */
let binhSecret = "";
let binhSession: Cookie[] = [];
async function logInBinh(page: Page) {
  if (binhSession.length) {
    await page.context().addCookies(binhSession);
    await page.goto("/quan-tri");
  } else {
    await logIn(page, "binh");
    binhSecret = (await page.locator(".editor-secret").textContent())!.replace(/\s/g, "");
    await page.getByLabel("Mã 6 số trên ứng dụng xác thực").fill(totpCode(binhSecret));
    await page.getByRole("button", { name: "Xác nhận" }).click();
  }
  await expect(page.getByText("Xin chào, Lê Văn Bình (Biên tập).")).toBeVisible();
  binhSession = await page.context().cookies();
}

const remoteGit = (...args: string[]) =>
  execFileSync("git", ["--git-dir", REMOTE, ...args], { encoding: "utf8" }).trim();
const remoteBytes = (file: string) => execFileSync("git", ["--git-dir", REMOTE, "show", `main:${file}`]);
const NEW_FILE = "content/articles/2026/hoi-thi-tuyen-truyen-vien-gioi.md";

test("a phóng viên writes a new article and submits it: a commit of hers, a draft waiting for review", async ({
  page,
}) => {
  await logIn(page, "hoa");
  await page.getByRole("link", { name: "Viết bài mới" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Viết bài mới");
  // Her buttons: no publishing.
  await expect(page.locator("form .editor-actions button, form fieldset button")).toHaveText([
    "Lưu nháp",
    "Gửi duyệt",
    "Xem trước",
    "Thêm ảnh",
  ]);
  await page.getByLabel("Tiêu đề").fill("Hội thi tuyên truyền viên giỏi");
  await page.getByLabel("Chuyên mục").selectOption({ label: "Dân vận" });
  await page.getByLabel("Ngày đăng").fill("2026-12-03 08:00");
  await page.getByLabel("Tóm tắt").fill("Hội thi cấp huyện năm 2026.");
  await page.getByLabel("Từ khóa").fill("Dân vận, Tuyên truyền");
  await page
    .getByLabel("Nội dung")
    .fill("Sáng 3/12, Ban Tuyên giáo tổ chức hội thi.\n\nHội thi có 12 đội tham dự.");
  // A photo from her phone, held upright, with its GPS position.
  await page.getByLabel("Ảnh (JPEG, PNG hoặc WebP, tối đa 20 MB)").setInputFiles({
    name: "IMG_20150228_171049.jpg",
    mimeType: "image/jpeg",
    buffer: uprightPhonePhoto(),
  });
  await page.getByLabel("Mô tả ảnh").fill("Các đội thi trên sân khấu hội trường");
  await page.getByLabel("Chú thích ảnh").fill("Các đội tham gia hội thi. Ảnh: Nguyễn Thị Hoa");
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await expectNoAxeViolations(page);
  }
  await page.getByRole("button", { name: "Gửi duyệt" }).click();
  await expect(page.locator("main [role=alert]")).toHaveText("Đã gửi duyệt.");
  expect(remoteGit("log", "-1", "--format=%an <%ae>|%s", "main")).toBe(
    "Nguyễn Thị Hoa <hoa@quan-tri.invalid>|Gửi duyệt: Hội thi tuyên truyền viên giỏi",
  );
  const text = remoteGit("show", `main:${NEW_FILE}`);
  expect(text).toContain("draft: true\nreview: true\nauthor: Nguyễn Thị Hoa\n");
  expect(text).toContain("tags:\n  - Dân vận\n  - Tuyên truyền\n");
  // The photo in the same commit, under a name the editor made, as the site's captioned figure at the end.
  const photo =
    /\n!\[Các đội thi trên sân khấu hội trường\]\((\/images\/\d{4}\/\d{2}\/hoi-thi-tuyen-truyen-vien-gioi-[0-9a-f]{10}\.jpg) "Các đội tham gia hội thi\. Ảnh: Nguyễn Thị Hoa"\)$/.exec(
      text,
    );
  expect(photo).not.toBeNull();
  expect(remoteGit("show", "--name-only", "--format=", "main").split("\n").sort()).toEqual(
    [NEW_FILE, `public${photo![1]}`].sort(),
  );
  const stored = await sharp(remoteBytes(`public${photo![1]}`)).metadata();
  expect([stored.width, stored.height]).toEqual([1898, 2560]);
  expect(stored.exif).toBeUndefined();
  // In the list, waiting for review.
  await page.goto("/quan-tri?trang-thai=cho-duyet");
  await expect(page.getByRole("link", { name: "Hội thi tuyên truyền viên giỏi" })).toBeVisible();
});

test("a save over a change someone pushed meanwhile is refused; what was typed stays, beside their version", async ({
  page,
}) => {
  await logIn(page, "hoa");
  await page.goto(`/quan-tri/sua?tep=${encodeURIComponent(NEW_FILE.slice("content/".length))}`);
  // Someone else changes the same article and pushes, while the form is open.
  const other = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "editor-other-")), "site");
  execFileSync("git", ["clone", "--quiet", REMOTE, other]);
  fs.writeFileSync(
    path.join(other, NEW_FILE),
    remoteGit("show", `main:${NEW_FILE}`).replace("12 đội", "14 đội") + "\n",
  );
  execFileSync("git", [
    "-C",
    other,
    "-c",
    "user.name=Lan",
    "-c",
    "user.email=lan@x.vn",
    "commit",
    "-qam",
    "Sửa số đội",
  ]);
  execFileSync("git", ["-C", other, "push", "-q", "origin", "HEAD:main"]);
  const before = remoteGit("rev-parse", "main");
  await page.getByLabel("Nội dung").fill("Bản Hoa sửa lại toàn bộ.");
  await page.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(page.locator("main [role=alert]")).toContainText("vừa được người khác sửa");
  await expect(page.getByLabel("Nội dung")).toHaveValue("Bản Hoa sửa lại toàn bộ.");
  await page.getByText("Xem bản đang có trên trang quản trị").click();
  await expect(page.locator(".editor-theirs pre")).toContainText("14 đội");
  await expectNoAxeViolations(page);
  expect(remoteGit("rev-parse", "main")).toBe(before);
});

test("a biên tập saves a file unchanged without a commit, refuses to publish errors, publishes the draft", async ({
  page,
}) => {
  await logInBinh(page);
  await page.getByLabel("Tìm theo tiêu đề").fill("dan van kheo");
  await page.getByRole("button", { name: "Lọc" }).click();
  await page
    .getByRole("link", { name: /Dân vận khéo/ })
    .first()
    .click();
  const head = remoteGit("rev-parse", "main");
  await page.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(page.locator("main [role=alert]")).toHaveText("Không có gì thay đổi: không lưu.");
  expect(remoteGit("rev-parse", "main")).toBe(head);

  await page.goto(`/quan-tri/sua?tep=${encodeURIComponent(NEW_FILE.slice("content/".length))}`);
  await expect(page.locator("form .editor-actions button, form fieldset button")).toHaveText([
    "Lưu",
    "Lưu nháp",
    "Xuất bản",
    "Hẹn giờ",
    "Trả lại",
    "Gỡ xuống",
    "Xem trước",
    "Thêm ảnh",
  ]);
  await page.getByLabel("Ngày đăng").fill("2026-02-31");
  await page.getByRole("button", { name: "Xuất bản" }).click();
  await expect(page.locator("main [role=alert]")).toContainText("Chưa xuất bản được: còn 1 lỗi.");
  await expect(page.getByLabel("Ngày đăng")).toHaveValue("2026-02-31");
  expect(remoteGit("rev-parse", "main")).toBe(head);
  await page.getByLabel("Ngày đăng").fill("2026-12-03 08:00");
  await page.getByRole("button", { name: "Xuất bản" }).click();
  await expect(page.locator("main [role=alert]")).toHaveText("Đã xuất bản: trang sẽ cập nhật sau ít phút.");
  expect(remoteGit("log", "-1", "--format=%an|%s", "main")).toBe(
    "Lê Văn Bình|Xuất bản: Hội thi tuyên truyền viên giỏi",
  );
  const text = remoteGit("show", `main:${NEW_FILE}`);
  expect(text).not.toContain("draft:");
  expect(text).not.toContain("review:");
});

test("a biên tập schedules a piece at the form's date: published then, listed as scheduled until then", async ({
  page,
}) => {
  await logInBinh(page);
  await page.goto(`/quan-tri/sua?tep=${encodeURIComponent(NEW_FILE.slice("content/".length))}`);
  await page.getByRole("button", { name: "Gỡ xuống" }).click();
  await expect(page.locator("main [role=alert]")).toHaveText("Đã gỡ xuống.");
  expect(remoteGit("show", `main:${NEW_FILE}`)).toContain("draft: true\n");
  // A time already past is refused, the form kept.
  await page.getByLabel("Ngày đăng").fill("2020-01-01 08:00");
  await page.getByRole("button", { name: "Hẹn giờ" }).click();
  await expect(page.locator("main [role=alert]")).toHaveText("Giờ hẹn đăng phải ở sau bây giờ.");
  await page.getByLabel("Ngày đăng").fill("2099-01-10 07:30");
  await page.getByRole("button", { name: "Hẹn giờ" }).click();
  await expect(page.locator("main [role=alert]")).toHaveText("Đã hẹn giờ đăng.");
  const text = remoteGit("show", `main:${NEW_FILE}`);
  expect(text).toContain("date: 2099-01-10T07:30:00+07:00\n");
  expect(text).not.toContain("draft:");
  expect(remoteGit("log", "-1", "--format=%an|%s", "main")).toBe(
    "Lê Văn Bình|Hẹn giờ đăng 2099-01-10T07:30:00+07:00: Hội thi tuyên truyền viên giỏi",
  );
  await page.goto("/quan-tri?trang-thai=hen-gio");
  await expect(page.getByRole("link", { name: "Hội thi tuyên truyền viên giỏi" })).toBeVisible();
});

test("uploads that are not photos, too big, or named to climb out are refused or renamed; the text stays", async ({
  page,
}) => {
  await logIn(page, "hoa");
  await page.getByRole("link", { name: "Viết bài mới" }).click();
  // A new piece without its title is not posted; the browser says why in the page's words, not its own language's.
  // (The page's script gives that message once it has started: until then the browser's own check holds the post.)
  await expect(async () => {
    await page.getByRole("button", { name: "Lưu nháp" }).click();
    await expect(page.getByLabel("Tiêu đề")).toHaveJSProperty("validationMessage", "Hãy điền ô này.", {
      timeout: 1_000,
    });
  }).toPass({ timeout: 20_000 });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Viết bài mới");
  await page.getByLabel("Tiêu đề").fill("Tin có ảnh lạ");
  await expect(page.getByLabel("Tiêu đề")).toHaveJSProperty("validationMessage", "");
  await page.getByLabel("Ngày đăng").fill("2026-12-03 09:00");
  await page.getByLabel("Nội dung").fill("Đoạn đã gõ, không được mất.");
  const head = remoteGit("rev-parse", "main");
  const tries: [{ name: string; mimeType: string; buffer: Buffer }, string][] = [
    [
      { name: "anh.jpg", mimeType: "image/jpeg", buffer: Buffer.from("không phải ảnh") },
      "không phải ảnh JPEG, PNG hay WebP",
    ],
    [
      {
        name: "co.svg",
        mimeType: "image/svg+xml",
        buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      },
      "không phải ảnh JPEG, PNG hay WebP",
    ],
    [
      {
        name: "to.jpg",
        mimeType: "image/jpeg",
        buffer: Buffer.concat([uprightPhonePhoto(), Buffer.alloc(21 * 1024 * 1024)]),
      },
      "Ảnh lớn quá 20 MB.",
    ],
  ];
  // The chooser speaks Vietnamese whatever the browser's language: the input itself is transparent.
  const chooser = page.locator(".editor-file").filter({ has: page.locator("#anh") });
  await expect(chooser.locator(".editor-file-button")).toHaveText("Chọn ảnh…");
  await expect(chooser.locator(".editor-file-name")).toHaveText("Chưa chọn ảnh nào.");
  await expect(page.locator("#anh")).toHaveCSS("opacity", "0");
  for (const [file, message] of tries) {
    await page.getByLabel("Ảnh (JPEG, PNG hoặc WebP, tối đa 20 MB)").setInputFiles(file);
    await expect(chooser.locator(".editor-file-name")).toHaveText(file.name);
    await page.getByLabel("Mô tả ảnh").fill("Ảnh thử");
    await page.getByRole("button", { name: "Thêm ảnh" }).click();
    await expect(page.locator("main [role=alert]")).toContainText(message);
    await expect(page.getByLabel("Nội dung")).toHaveValue("Đoạn đã gõ, không được mất.");
    await expect(page.getByLabel("Mô tả ảnh")).toHaveValue("Ảnh thử");
  }
  await expectNoAxeViolations(page);
  expect(remoteGit("rev-parse", "main")).toBe(head);
  // A description is asked for.
  await page.getByLabel("Ảnh (JPEG, PNG hoặc WebP, tối đa 20 MB)").setInputFiles(turnedPhotoFile);
  await page.getByLabel("Mô tả ảnh").fill("");
  await page.getByRole("button", { name: "Thêm ảnh" }).click();
  await expect(page.locator("main [role=alert]")).toHaveText("Hãy viết mô tả ảnh rồi chọn lại ảnh.");
  // A real photo named to climb out of the folder: its name is never used. Thêm ảnh commits the photo alone.
  await page.getByLabel("Ảnh (JPEG, PNG hoặc WebP, tối đa 20 MB)").setInputFiles({
    name: "../../x.jpg",
    mimeType: "image/jpeg",
    buffer: fs.readFileSync(turnedPhotoFile),
  });
  await page.getByLabel("Mô tả ảnh").fill("Ảnh chụp nghiêng");
  await page.getByRole("button", { name: "Thêm ảnh" }).click();
  await expect(page.locator("main [role=alert]")).toHaveText(
    "Đã thêm ảnh vào cuối bài. Bài chưa được lưu: bấm một nút lưu để lưu.",
  );
  const added = remoteGit("show", "--name-only", "--format=%an|%s", "main").split("\n").filter(Boolean);
  expect(added[0]).toBe("Nguyễn Thị Hoa|Thêm ảnh cho bài: Tin có ảnh lạ");
  expect(added.slice(1)).toEqual([
    expect.stringMatching(/^public\/images\/\d{4}\/\d{2}\/tin-co-anh-la-[0-9a-f]{10}\.jpg$/),
  ]);
  const turned = await sharp(remoteBytes(added[1]!)).metadata();
  expect([turned.width, turned.height]).toEqual([480, 640]);
  await expect(page.getByLabel("Nội dung")).toHaveValue(
    new RegExp(
      `^Đoạn đã gõ, không được mất\\.\\n\\n!\\[Ảnh chụp nghiêng\\]\\(${added[1]!.slice("public".length)}\\)\\n$`,
    ),
  );
  expect(remoteGit("ls-tree", "-r", "--name-only", "main")).not.toMatch(/(^|\n)x\.jpg/);
});

test("Xem trước shows the form's text as the site's own page, at a phone's width and a computer's", async ({
  page,
  request,
}) => {
  await logIn(page, "hoa");
  // An article of the sample site: its preview is the page the readers' server serves, element for element.
  await page.getByLabel("Tìm theo tiêu đề").fill("dan van kheo");
  await page.getByRole("button", { name: "Lọc" }).click();
  await page
    .getByRole("link", { name: /Dân vận khéo/ })
    .first()
    .click();
  const slug = /\/(\d{4})\/([a-z0-9-]+)\.md/.exec(new URL(page.url()).searchParams.get("tep")!)![2]!;
  const opened = page.waitForEvent("popup");
  await page.getByRole("button", { name: "Xem trước" }).click();
  const preview = await opened;
  await expect(preview.getByRole("heading", { level: 1 })).toContainText("Xem trước: ");
  const shape = (main: Element) =>
    [...main.querySelectorAll("*")].map(
      (e) => `${e.tagName}.${e.className}|${e.childElementCount ? "" : e.textContent}`,
    );
  const phone = preview.frameLocator('iframe[title="Trên điện thoại (390 điểm ảnh)"]');
  const previewed = await phone.locator("main").evaluate(shape);
  const site = await page.context().newPage();
  await site.goto(`http://127.0.0.1:3107/bai-viet/${slug}`);
  const published = await site.locator("main").evaluate(shape);
  expect(previewed.length).toBeGreaterThan(20);
  expect(previewed).toEqual(published);
  await site.close();

  // A piece with a photo just uploaded: the photo comes from the editor's clone, before any publication.
  await page.goto(`/quan-tri/sua?tep=${encodeURIComponent(NEW_FILE.slice("content/".length))}`);
  await page.getByLabel("Tiêu đề").fill("Hội thi tuyên truyền viên giỏi (bản xem trước)");
  const second = page.waitForEvent("popup");
  await page.getByRole("button", { name: "Xem trước" }).click();
  const shown = await second;
  for (const title of ["Trên điện thoại (390 điểm ảnh)", "Trên máy tính (1280 điểm ảnh)"]) {
    const frame = shown.frameLocator(`iframe[title="${title}"]`);
    await expect(frame.getByRole("heading", { level: 1 })).toHaveText(
      "Hội thi tuyên truyền viên giỏi (bản xem trước)",
    );
    const figure = frame.locator("article figure");
    await expect(figure.locator("figcaption")).toHaveText("Các đội tham gia hội thi. Ảnh: Nguyễn Thị Hoa");
    await expect
      .poll(() => figure.locator("img").evaluate((img) => (img as HTMLImageElement).naturalWidth))
      .toBe(1898);
  }
  for (const width of [390, 1280]) {
    await shown.setViewportSize({ width, height: 900 });
    await expectNoAxeViolations(shown);
  }
  // Nothing was saved; the form is still as typed.
  await expect(page.getByLabel("Tiêu đề")).toHaveValue("Hội thi tuyên truyền viên giỏi (bản xem trước)");
  expect(remoteGit("show", `main:${NEW_FILE}`)).toContain("title: Hội thi tuyên truyền viên giỏi\n");
  // The clone's photos are for logged-in accounts only, and only under images/ and files/.
  const src = await shown
    .frameLocator('iframe[title="Trên máy tính (1280 điểm ảnh)"]')
    .locator("article figure img")
    .getAttribute("src");
  expect(src).toMatch(/^\/quan-tri\/anh\/images\//);
  expect((await request.get(src!)).status()).toBe(404);
  expect((await shown.request.get(src!)).status()).toBe(200);
  expect((await shown.request.get("/quan-tri/anh/images/../../.git/config")).status()).toBe(404);
  expect((await shown.request.get("/quan-tri/anh/%2e%2e/package.json")).status()).toBe(404);
  // Without a session, the preview is not shown.
  const unknown = await request.get(new URL(shown.url()).pathname + new URL(shown.url()).search, {
    maxRedirects: 0,
  });
  expect(unknown.status()).toBe(303);
  expect(unknown.headers().location).toBe("/quan-tri/dang-nhap");
});

test("every sample file, article, page or document, opened and saved unedited, gives no commit", async ({
  page,
}) => {
  await logInBinh(page);
  const files = remoteGit("ls-tree", "-r", "--name-only", "main", "content/")
    .split("\n")
    .filter((file) => /^content\/(articles|pages|documents)\/.+\.md$/.test(file));
  expect(files.length).toBeGreaterThan(12);
  // Two requests per file, each bringing the clone up to date: the time grows with the sample content.
  test.setTimeout(30_000 + files.length * 8_000);
  const head = remoteGit("rev-parse", "main");
  for (const file of files) {
    await page.goto(`/quan-tri/sua?tep=${encodeURIComponent(file.slice("content/".length))}`);
    await page.getByRole("button", { name: "Lưu", exact: true }).click();
    await expect(page.locator("main [role=alert]"), file).toHaveText("Không có gì thay đổi: không lưu.");
  }
  expect(remoteGit("rev-parse", "main")).toBe(head);
});

test("a document's form comes from its schema: its errors at their fields, its file uploaded and checked by its bytes", async ({
  page,
}) => {
  await logInBinh(page);
  await page.getByRole("link", { name: "Thêm văn bản mới" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thêm văn bản mới");
  await page.getByLabel("Trích yếu").fill("Nghị quyết về phát triển kinh tế nông nghiệp năm 2027");
  await page.getByLabel("Số, ký hiệu").fill("21-NQ/HU");
  await page.getByLabel("Loại văn bản").selectOption({ label: "Nghị quyết" });
  await page.getByLabel("Cơ quan ban hành").selectOption({ label: "Ban Chấp hành Đảng bộ huyện" });
  await page.getByLabel("Ngày ban hành").fill("2026-11-31");
  await page.getByLabel("Nội dung").fill("Nghị quyết gồm 5 điều.");
  // Text named .pdf is not a document.
  await page.getByLabel("Tệp (PDF, Word, Excel, ODT hoặc ODS, tối đa 20 MB)").setInputFiles({
    name: "nghi-quyet.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("<html>không phải PDF</html>"),
  });
  await page.getByRole("button", { name: "Thêm tệp" }).click();
  await expect(page.locator("main [role=alert]")).toContainText("không phải PDF, Word, Excel, ODT hay ODS");
  await expect(page.getByLabel("Trích yếu")).toHaveValue(
    "Nghị quyết về phát triển kinh tế nông nghiệp năm 2027",
  );
  // A real PDF, and Xuất bản: refused, the date's error shown at its field, the file's added to the list.
  await page
    .getByLabel("Tệp (PDF, Word, Excel, ODT hoặc ODS, tối đa 20 MB)")
    .setInputFiles(path.join(ROOT, "tests/fixtures/wordpress/uploads/2021/03/nghi-quyet-27-nq-hu.pdf"));
  await page.getByRole("button", { name: "Thêm tệp" }).click();
  await expect(page.locator("main [role=alert]")).toHaveText(
    "Đã thêm tệp vào danh sách Tệp văn bản. Văn bản chưa được lưu: bấm một nút lưu để lưu.",
  );
  const files = page.getByLabel("Tệp văn bản");
  await expect(files).toHaveValue(
    /^\/files\/\d{4}\/21-nq-hu-nghi-quyet-ve-phat-trien-[a-z0-9-]+-[0-9a-f]{10}\.pdf$/,
  );
  const pdf = (await files.inputValue()).slice(1);
  expect(remoteGit("cat-file", "-s", `main:public/${pdf}`)).toBe(
    String(
      fs.statSync(path.join(ROOT, "tests/fixtures/wordpress/uploads/2021/03/nghi-quyet-27-nq-hu.pdf")).size,
    ),
  );
  await page.getByRole("button", { name: "Xuất bản" }).click();
  await expect(page.locator("main [role=alert]")).toContainText("Chưa xuất bản được: còn 1 lỗi.");
  const issued = page.getByLabel("Ngày ban hành");
  await expect(issued).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#truong-issued-loi")).toContainText("2026-11-31");
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await expectNoAxeViolations(page);
  }
  await issued.fill("2026-11-30");
  await page.getByRole("button", { name: "Xuất bản" }).click();
  await expect(page.locator("main [role=alert]")).toHaveText("Đã xuất bản: trang sẽ cập nhật sau ít phút.");
  const document = remoteGit("show", "main:content/documents/2026/nghi-quyet-21-nq-hu.md");
  expect(document).toContain(
    "number: 21-NQ/HU\ntype: nghi-quyet\nissuer: ban-chap-hanh\nissued: 2026-11-30\n",
  );
  expect(document).toContain(`files:\n  - /${pdf}\n`);
  expect(document).not.toContain("draft:");
});

test("a new page goes in the section chosen; a page's edit changes only its line", async ({ page }) => {
  await logInBinh(page);
  await page.getByRole("link", { name: "Thêm trang mới" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thêm trang mới");
  await page.getByLabel("Thuộc mục").selectOption({ label: "Giới thiệu" });
  await page.getByLabel("Tên trang").fill("Đảng bộ các xã");
  await page.getByLabel("Thứ tự").fill("5");
  await page.getByLabel("Nội dung").fill("Danh sách các đảng bộ xã, thị trấn.");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(page.locator("main [role=alert]")).toHaveText("Đã lưu nháp.");
  expect(remoteGit("show", "main:content/pages/gioi-thieu/dang-bo-cac-xa.md")).toBe(
    "---\ntitle: Đảng bộ các xã\norder: 5\ndraft: true\n---\n\nDanh sách các đảng bộ xã, thị trấn.",
  );
});

test("a piece's history from git: an earlier version shown, and restored as a new commit", async ({
  page,
}) => {
  await logInBinh(page);
  await page.goto(`/quan-tri/sua?tep=${encodeURIComponent(NEW_FILE.slice("content/".length))}`);
  await page.getByRole("link", { name: "Lịch sử các lần sửa" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lịch sử: Hội thi tuyên truyền viên giỏi");
  const rows = page.getByRole("region", { name: "Lịch sử: Hội thi tuyên truyền viên giỏi" }).getByRole("row");
  const commits = remoteGit("log", "--format=%H", "main", "--", NEW_FILE).split("\n");
  await expect(rows).toHaveCount(commits.length + 1);
  await expect(rows.nth(1)).toContainText("Lê Văn Bình");
  await expect(rows.last()).toContainText("Gửi duyệt: Hội thi tuyên truyền viên giỏi");
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await expectNoAxeViolations(page);
  }
  // The first version, as Hoa submitted it: shown, then restored.
  await rows.last().getByRole("link").click();
  const first = remoteGit("show", `${commits.at(-1)}:${NEW_FILE}`);
  await expect(page.locator(".editor-version pre")).toHaveText(`${first}\n`);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Khôi phục bản này" }).click();
  await expect(page.locator("main [role=alert]")).toHaveText("Đã khôi phục bản cũ.");
  expect(remoteGit("show", `main:${NEW_FILE}`)).toBe(first);
  expect(remoteGit("log", "-1", "--format=%an|%s", "main")).toMatch(
    /^Lê Văn Bình\|Khôi phục bản lúc \d{4}-\d{2}-\d{2} \d{2}:\d{2}: Hội thi tuyên truyền viên giỏi$/,
  );
  // Every earlier version is still there.
  expect(remoteGit("log", "--format=%H", "main", "--", NEW_FILE).split("\n")).toHaveLength(
    commits.length + 1,
  );
});

test("the activity log is the administrators': saves, steps and logins, who, when and from where", async ({
  page,
}) => {
  await logIn(page, "hoa");
  expect((await page.goto("/quan-tri/nhat-ky"))!.status()).toBe(403);
  await expect(page.locator("main [role=alert]")).toHaveText(
    "Chỉ người quản trị mới xem được nhật ký hoạt động.",
  );
  await expectNoAxeViolations(page);
  expect((await page.goto("/quan-tri/sua?tep=articles/khong-co.md"))!.status()).toBe(404);
  await expect(page.locator("main [role=alert]")).toHaveText("Không tìm thấy bài này.");
  await expectNoAxeViolations(page);
  await page.context().clearCookies();
  await logIn(page, "tuan");
  const secret = (await page.locator(".editor-secret").textContent())!.replace(/\s/g, "");
  await page.getByLabel("Mã 6 số trên ứng dụng xác thực").fill(totpCode(secret));
  await page.getByRole("button", { name: "Xác nhận" }).click();
  await page.getByRole("link", { name: "Nhật ký hoạt động" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nhật ký hoạt động");
  const rows = page.getByRole("region", { name: "Nhật ký hoạt động" }).getByRole("row");
  await expect(rows.nth(1)).toContainText("tuan");
  await expect(rows.nth(1)).toContainText("đăng nhập");
  await expect(rows.nth(1)).toContainText("127.0.0.1");
  await expect(rows.filter({ hasText: "khôi phục bản cũ" }).first()).toContainText("binh");
  await expect(rows.filter({ hasText: "gửi duyệt" }).first()).toContainText(
    NEW_FILE.slice("content/".length),
  );
  await expect(rows.filter({ hasText: "thêm ảnh, tệp" }).first()).toContainText("public/files/");
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await expectNoAxeViolations(page);
  }
});

/** What the browser keeps of a form, under its key. */
const keptInBrowser = (page: Page, key: string) =>
  page.evaluate((name) => localStorage.getItem(`tu-luu:${name}`), key);

test("nothing typed is lost: a closed tab's text is offered back, and restored with the version it was typed over", async ({
  context,
}) => {
  const page = await context.newPage();
  await logIn(page, "hoa");
  await page.goto("/quan-tri/sua");
  await page.getByLabel("Tiêu đề").fill("Tin gõ dở khi đóng thẻ");
  await page.getByLabel("Nội dung").fill("Đoạn đang viết thì lỡ tay đóng thẻ.");
  // Kept every few seconds.
  await expect
    .poll(() => keptInBrowser(page, "moi:bai-viet"), { timeout: 15_000 })
    .toContain("lỡ tay đóng thẻ");
  await page.close();
  const again = await context.newPage();
  await again.goto("/quan-tri/sua");
  await expect(again.locator("main [role=alert]")).toContainText("Trên máy này còn bản bạn gõ dở lúc");
  await expectNoAxeViolations(again);
  await again.getByRole("button", { name: "Khôi phục bản gõ dở" }).click();
  await expect(again.getByLabel("Tiêu đề")).toHaveValue("Tin gõ dở khi đóng thẻ");
  await expect(again.getByLabel("Nội dung")).toHaveValue("Đoạn đang viết thì lỡ tay đóng thẻ.");
  await expect(again.getByRole("status").last()).toHaveText(
    "Đã khôi phục bản gõ dở. Bấm một nút lưu để lưu.",
  );
  // Saved: the browser's copy goes.
  await again.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(again.locator("main [role=alert]")).toHaveText("Đã lưu nháp.");
  expect(await keptInBrowser(again, "moi:bai-viet")).toBeNull();
});

test("a session ended while typing: the post goes to the login, and after it the text is offered back", async ({
  page,
}) => {
  await logIn(page, "hoa");
  await page.goto("/quan-tri/sua");
  await page.getByLabel("Tiêu đề").fill("Tin viết khi phiên hết hạn");
  await page.getByLabel("Nội dung").fill("Viết lâu quá, phiên đăng nhập đã hết.");
  // The session ends (here: removed, as logging out elsewhere or its idle time would).
  execFileSync(
    process.execPath,
    [
      "--import",
      "tsx",
      "-e",
      `import("./lib/editor/db.ts").then(({ openEditorDb }) => openEditorDb(process.env.EDITOR_DATA).prepare("DELETE FROM sessions WHERE user_id = (SELECT id FROM users WHERE login = 'hoa')").run())`,
    ],
    { cwd: ROOT, env },
  );
  await page.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(page).toHaveURL(`${BASE}/quan-tri/dang-nhap`);
  await logIn(page, "hoa");
  await page.goto("/quan-tri/sua");
  await page.getByRole("button", { name: "Khôi phục bản gõ dở" }).click();
  await expect(page.getByLabel("Nội dung")).toHaveValue("Viết lâu quá, phiên đăng nhập đã hết.");
});

test("the server keeps what was typed, offered in another browser; who else has a piece open is shown", async ({
  browser,
  page,
}) => {
  await logIn(page, "hoa");
  const file = "articles/2026/tin-go-do-khi-dong-the.md";
  await page.goto(`/quan-tri/sua?tep=${encodeURIComponent(file)}`);
  await page.getByLabel("Tóm tắt").fill("Tóm tắt viết ở máy cơ quan.");
  // Leaving the page sends it to the server.
  await page.goto("/quan-tri");
  // Another browser (her phone): the server's copy is offered, and opened with the version it was typed over.
  const phone = await browser.newContext({ baseURL: BASE, viewport: { width: 390, height: 800 } });
  const other = await phone.newPage();
  await logIn(other, "hoa");
  await expect
    .poll(async () => {
      await other.goto(`/quan-tri/sua?tep=${encodeURIComponent(file)}`);
      return other.getByRole("link", { name: "Mở bản tự lưu" }).count();
    })
    .toBe(1);
  await expect(other.locator(".editor-offer")).toContainText("Có bản tự lưu trên máy chủ lúc");
  await expectNoAxeViolations(other);
  await other.getByRole("link", { name: "Mở bản tự lưu" }).click();
  await expect(other.getByLabel("Tóm tắt")).toHaveValue("Tóm tắt viết ở máy cơ quan.");
  await expect(other.locator("main [role=alert]")).toContainText("chưa được lưu vào kho");
  await phone.close();
  // Binh opens it; Hoa, opening it next, sees that he has it open.
  const binh = await browser.newContext({ baseURL: BASE });
  const his = await binh.newPage();
  await logInBinh(his);
  await his.goto(`/quan-tri/sua?tep=${encodeURIComponent(file)}`);
  await page.goto(`/quan-tri/sua?tep=${encodeURIComponent(file)}`);
  await expect(page.locator(".editor-others")).toHaveText(
    "Đang có người khác mở bài này: Lê Văn Bình. Lưu cùng lúc thì người lưu sau phải so bản.",
  );
  await binh.close();
});

test("the repository out of reach: the save waits, tries again, then says so, the text kept; it goes once back", async ({
  page,
}) => {
  await logIn(page, "hoa");
  await page.goto("/quan-tri/sua");
  await page.getByLabel("Tiêu đề").fill("Tin lưu khi mất kết nối");
  await page.getByLabel("Nội dung").fill("Lưu lúc kho không trả lời.");
  const away = `${REMOTE}-di-vang`;
  fs.renameSync(REMOTE, away);
  try {
    await page.getByRole("button", { name: "Lưu nháp" }).click();
    await expect(page.locator("main [role=alert]")).toContainText(
      "Chưa lưu: không kết nối được kho nội dung, dù đã chờ và thử lại ba lần.",
      { timeout: 15_000 },
    );
    await expect(page.getByLabel("Nội dung")).toHaveValue("Lưu lúc kho không trả lời.");
  } finally {
    fs.renameSync(away, REMOTE);
  }
  await page.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(page.locator("main [role=alert]")).toHaveText("Đã lưu nháp.");
  expect(remoteGit("show", "main:content/articles/2026/tin-luu-khi-mat-ket-noi.md")).toContain(
    "Lưu lúc kho không trả lời.",
  );
});

test("the body in a visual editor over its Markdown: what is formatted is written as this site's Markdown", async ({
  page,
  browser,
}) => {
  // A browser that never chose: the visual editor is what it gets.
  const fresh = await browser.newContext({ baseURL: BASE });
  const first = await fresh.newPage();
  await logIn(first, "hoa");
  await first.goto("/quan-tri/sua");
  await expect(first.getByRole("textbox", { name: "Khung soạn trực quan" })).toBeVisible();
  await expect(first.locator("#body")).toBeHidden();
  // What is typed there is kept too, and a restored draft shows in it.
  await first.getByRole("textbox", { name: "Khung soạn trực quan" }).click();
  await first.keyboard.type("Gõ dở trong khung trực quan");
  await expect
    .poll(() => keptInBrowser(first, "moi:bai-viet"), { timeout: 15_000 })
    .toContain("Gõ dở trong khung trực quan");
  await first.close();
  const second = await fresh.newPage();
  await second.goto("/quan-tri/sua");
  await second.getByRole("button", { name: "Khôi phục bản gõ dở" }).click();
  await expect(second.getByRole("textbox", { name: "Khung soạn trực quan" })).toHaveText(
    "Gõ dở trong khung trực quan",
  );
  await fresh.close();

  await logIn(page, "hoa");
  // A sample article with captioned photos: kept whole by the visual editor; unedited, it gives no commit.
  await page.goto(
    `/quan-tri/sua?tep=${encodeURIComponent("articles/2020/hoi-nghi-tong-ket-03-nam-de-an-06-dan-van-kheo.md")}`,
  );
  const before = await page.locator("#body").inputValue();
  await page.getByRole("button", { name: "Soạn trực quan" }).click();
  await expect(page.getByRole("textbox", { name: "Khung soạn trực quan" })).toBeVisible();
  await expect(page.locator("#body")).toBeHidden();
  expect(await page.locator("#body").inputValue()).toBe(before);
  await expect(page.locator(".editor-visual figure, .editor-visual img").first()).toBeVisible();
  await page.getByRole("button", { name: "Xem mã Markdown" }).click();
  await expect(page.locator("#body")).toBeVisible();

  // A new piece written visually, in bold and as a list: the form's field holds its Markdown.
  await page.goto("/quan-tri/sua");
  await page.getByLabel("Tiêu đề").fill("Tin soạn trực quan");
  await page.getByLabel("Chuyên mục").selectOption({ label: "Dân vận" });
  await page.getByLabel("Ngày đăng").fill("2026-12-03 10:00");
  await page.getByRole("button", { name: "Soạn trực quan" }).click();
  const area = page.getByRole("textbox", { name: "Khung soạn trực quan" });
  await area.click();
  await expect(area).toBeFocused();
  await page.keyboard.type("Hội nghị có ");
  await page.keyboard.press("Control+b");
  await page.keyboard.type("ba nội dung");
  await page.keyboard.press("Control+b");
  await page.keyboard.type(" sau");
  await page.keyboard.press("Enter");
  // "- " at a line's start makes a list, as in Markdown.
  await page.keyboard.type("- Tổng kết năm");
  await page.keyboard.press("Enter");
  await page.keyboard.type("Kế hoạch năm mới");
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await expectNoAxeViolations(page);
  }
  await page.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(page.locator("main [role=alert]")).toHaveText("Đã lưu nháp.");
  expect(remoteGit("show", "main:content/articles/2026/tin-soan-truc-quan.md")).toContain(
    "\n\nHội nghị có **ba nội dung** sau\n\n- Tổng kết năm\n- Kế hoạch năm mới",
  );
  // The choice is remembered: the next form opens visual.
  await expect(page.getByRole("textbox", { name: "Khung soạn trực quan" })).toBeVisible();

  // A text the visual editor would not keep whole stays in Markdown, saying why.
  await page.getByRole("button", { name: "Xem mã Markdown" }).click();
  await page.locator("#body").fill("Đoạn có ghi chú ẩn.\n\n<!-- ghi chú cho biên tập -->\n");
  await page.getByRole("button", { name: "Soạn trực quan" }).click();
  await expect(page.locator(".editor-richtext [role=status]")).toContainText("chưa giữ nguyên được");
  await expect(page.locator("#body")).toBeVisible();
});

test("login limits: after five wrong passwords the account waits, the right password too; another account does not", async ({
  page,
}) => {
  for (let attempt = 1; attempt <= 5; attempt++) {
    await logIn(page, "khoa", `mật khẩu đoán thử ${attempt}`);
    await expect(page.locator("main [role=alert]")).toHaveText("Tên đăng nhập hoặc mật khẩu không đúng.");
  }
  await logIn(page, "khoa");
  await expect(page.locator("main [role=alert]")).toContainText("Đăng nhập sai nhiều lần: hãy thử lại sau");
  await expect(page).toHaveURL(/\/quan-tri\/dang-nhap/);
  expect(await page.context().cookies()).toEqual([]);
  await expectNoAxeViolations(page);
  // Someone else at the same address logs in as usual.
  await logIn(page, "hoa");
  await expect(page.getByText("Xin chào, Nguyễn Thị Hoa (Phóng viên).")).toBeVisible();
});
