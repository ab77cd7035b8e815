import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, expectSoundStructure } from "./axe";
import { watchPolicy } from "./policy";

const SEED = "/bai-viet/hoi-nghi-tong-ket-03-nam-de-an-06-dan-van-kheo";
const NEWEST = "Hội nghị lần thứ hai BCH Đảng bộ huyện Chợ Đồn khóa XXI, nhiệm kỳ 2020 – 2025";

const PAGES = {
  home: "/",
  category: "/chuyen-muc/dan-van",
  emptyCategory: "/chuyen-muc/kinh-te-xa-hoi",
  tag: "/the/dan-van-kheo",
  archive: "/luu-tru",
  month: "/luu-tru/2020/09",
  article: SEED,
  notFound: "/khong-co-trang-nay",
};

test("home: the lead article, the latest list and a block per category with articles", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle("Huyện ủy Chợ Đồn");
  await expect(page.locator(".home-lead .card-title")).toHaveText(NEWEST);
  const latest = page.getByRole("region", { name: "Mới nhất" });
  await expect(latest.locator(".card-title")).toHaveCount(2);
  await expect(latest.locator(".card-title").first()).toContainText("Hội nghị tổng kết 03 năm");
  const blocks = page.locator(".home-category h2");
  await expect(blocks).toHaveText(["Xây dựng Đảng", "Dân vận"]);
  // The card of the seed article shows its cover thumbnail.
  await expect(page.locator(".home-category img.card-image")).toHaveCount(1);
});

test("header: site name, today's date in Vietnam time, menu, search form, skip link", async ({ page }) => {
  await page.goto("/");
  const header = page.getByRole("banner");
  await expect(header.getByRole("link", { name: "Huyện ủy Chợ Đồn" })).toHaveAttribute("href", "/");
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(new Date());
  const [y, m, d] = today.split("-");
  await expect(header.locator(".today time")).toContainText(`${d}/${m}/${y}`);
  // site.yml's menu: on a wide screen the entries with children open their group (tests/e2e/kinds.spec.ts).
  const menu = page.getByRole("navigation", { name: "Menu chính" });
  await expect(menu.getByRole("link")).toHaveText(["Trang chủ", "Văn bản", "Liên hệ", "English"]);
  await expect(menu.locator(".menu-group > summary")).toHaveText(["Giới thiệu", "Tin tức", "Liên kết"]);
  const form = page.getByRole("search");
  await expect(form).toHaveAttribute("method", "get");
  await expect(form).toHaveAttribute("action", "/tim-kiem");
  await expect(form.getByRole("searchbox", { name: "Từ khóa tìm kiếm" })).toHaveAttribute("name", "q");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Bỏ qua, đến nội dung chính" })).toBeFocused();
});

test("footer shows the configured fields and nothing that is not configured", async ({ page }) => {
  await page.goto("/");
  const footer = page.getByRole("contentinfo");
  await expect(footer).toContainText("Cơ quan chủ quản: Huyện ủy Chợ Đồn");
  await expect(footer).toContainText(
    "Ghi rõ nguồn “Huyện ủy Chợ Đồn” khi phát hành lại thông tin từ trang này.",
  );
  for (const absent of ["Địa chỉ", "Điện thoại", "Thư điện tử", "Giấy phép"])
    await expect(footer).not.toContainText(absent);
});

test("category, tag and archive pages list their articles", async ({ page }) => {
  await page.goto(PAGES.category);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dân vận");
  await expect(page.locator(".card-title")).toHaveText([
    "Hội nghị tổng kết 03 năm thực hiện Đề án số 06 về phong trào “ Dân vận khéo”",
  ]);

  await page.goto(PAGES.tag);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Từ khóa: Dân vận khéo");
  await expect(page.locator(".card-title")).toHaveCount(1);

  await page.goto(PAGES.archive);
  await page.getByRole("link", { name: "Tháng 9/2020" }).click();
  await expect(page).toHaveURL(PAGES.month);
  await expect(page.locator(".card-title")).toHaveCount(3);
});

test("an empty category says so kindly", async ({ page }) => {
  const response = await page.goto(PAGES.emptyCategory);
  expect(response?.status()).toBe(200);
  await expect(page.locator(".empty")).toHaveText(
    "Chuyên mục này chưa có bài viết. Mời bạn đọc các tin mới nhất ở trang chủ.",
  );
});

const MISSING = [
  "/bai-viet/khong-co-bai-nay",
  "/bai-viet/h%E1%BB%99i-ngh%E1%BB%8B",
  "/chuyen-muc/khong-co",
  "/chuyen-muc/dan-van/trang/2",
  "/the/khong-co",
  "/luu-tru/2020/10",
  "/luu-tru/2020/9",
];

test("unknown articles, lists and pages past the last are 404 with the not-found page", async ({
  request,
}) => {
  for (const path of MISSING) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).toContain("<h1>Không tìm thấy trang</h1>");
  }
  // Pages that exist, asked for with percent-encoding or a trailing slash, are not taken for missing ones.
  for (const path of [
    SEED.replace(/(?<=\/bai-viet\/.*)-/g, "%2D"),
    "/chuyen-muc/dan%2Dvan",
    "/the/dan-van-kheo/",
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(await response.text(), path).not.toContain("<h1>Không tìm thấy trang</h1>");
  }
});

test("article page: breadcrumbs, tags and related articles that never include itself", async ({ page }) => {
  await page.goto(SEED);
  const crumbs = page.getByRole("navigation", { name: "Vị trí trang" });
  await expect(crumbs.getByRole("listitem")).toHaveText([
    "Trang chủ",
    "Dân vận",
    "Hội nghị tổng kết 03 năm thực hiện Đề án số 06 về phong trào “ Dân vận khéo”",
  ]);
  await expect(page.locator(".tags a")).toHaveText(["Dân vận khéo", "Đề án 06", "Công tác dân vận"]);
  await page.locator(".tags a").first().click();
  await expect(page).toHaveURL("/the/dan-van-kheo");
  await page.goBack();
  const related = page.getByRole("region", { name: "Tin liên quan" }).locator(".card-title a");
  await expect(related).toHaveCount(2);
  for (const href of await related.evaluateAll((links) => links.map((a) => a.getAttribute("href")))) {
    expect(href).not.toBe(SEED);
  }
});

test("print shows the article alone", async ({ page }) => {
  await page.goto(SEED);
  await page.emulateMedia({ media: "print" });
  for (const hidden of [
    page.getByRole("banner"),
    page.getByRole("navigation", { name: "Menu chính" }),
    page.getByRole("contentinfo"),
    page.locator(".article-tools"),
    page.locator(".related"),
  ]) {
    await expect(hidden).toBeHidden();
  }
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator("article figcaption").first()).toBeVisible();
});

test("every page runs its own scripts under the Content-Security-Policy, and nothing is refused", async ({
  page,
}) => {
  const refused = watchPolicy(page);
  // Pages kept in memory and pages rendered for the request, each loaded twice.
  for (const path of [...Object.values(PAGES), "/tim-kiem?q=dan+van", SEED, "/"]) {
    await page.goto(path);
    // The head script ran (allowed by its hash).
    await expect(page.locator("html"), path).toHaveClass(/\bjs\b/);
    await page.waitForLoadState("networkidle");
  }
  await page.goto(SEED);
  await expect(page.getByRole("button", { name: "In bài viết" })).toBeVisible();
  await page.getByRole("link", { name: /^Bài tiếp theo/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(NEWEST);
  expect(refused).toEqual([]);
});

test("a page stays in the server's memory while it is fresh, gzipped for readers who accept it", async ({
  request,
}) => {
  const plain = { "accept-encoding": "identity" };
  const first = await request.get(SEED, { headers: plain });
  const kept = await request.get(SEED, { headers: plain });
  expect(kept.headers()["age"]).toMatch(/^\d+$/);
  expect(await kept.text()).toBe(await first.text());
  expect(kept.headers()["content-security-policy"]).toBe(first.headers()["content-security-policy"]);
  expect(kept.headers()["cache-control"]).toMatch(/s-maxage=\d+/);
  expect(kept.headers()["vary"]).toBe("Accept-Encoding");
  const gzipped = await request.get(SEED, { headers: { "accept-encoding": "gzip" } });
  expect(gzipped.headers()["content-encoding"]).toBe("gzip");
  expect(await gzipped.text()).toBe(await first.text());
  // A query string the page does not read makes no copy: the same entry answers.
  const tagged = await request.get(`${SEED}?utm_source=facebook`, { headers: plain });
  expect(tagged.headers()["age"]).toMatch(/^\d+$/);
  expect(await tagged.text()).toBe(await first.text());
});

test("the font comes from the site, one file per weight, shown only if it arrives in time", async ({
  page,
}) => {
  const fonts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "font") fonts.push(request.url());
  });
  await page.goto(SEED);
  const faces = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts]
      .filter((face) => !face.family.endsWith("Fallback")) // next/font's local(Arial), sized to the font
      .map((face) => `${face.weight} ${face.display} ${face.status}`)
      .sort();
  });
  expect(faces).toEqual(["400 optional loaded", "700 optional loaded"]);
  expect(fonts).toHaveLength(2);
  for (const url of fonts) {
    expect(new URL(url).origin).toBe(new URL(page.url()).origin);
    expect(new URL(url).pathname).toMatch(/^\/_next\/static\/media\/[^/]+\.woff2$/);
  }
});

test("the print button opens printing", async ({ page }) => {
  await page.goto(SEED);
  await page.evaluate(() => {
    window.print = () => document.documentElement.setAttribute("data-printed", "yes");
  });
  await page.getByRole("button", { name: "In bài viết" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-printed", "yes");
});

test("the font size choice survives a page change", async ({ page }) => {
  await page.goto(SEED);
  const body = page.locator(".article-body");
  const before = await body.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  await page.getByRole("button", { name: "Tăng cỡ chữ" }).click();
  await page.getByRole("button", { name: "Tăng cỡ chữ" }).click();
  const larger = await body.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(larger).toBeGreaterThan(before);
  await page.getByRole("link", { name: /^Bài tiếp theo/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(NEWEST);
  await page.reload();
  expect(
    await page.locator(".article-body").evaluate((el) => parseFloat(getComputedStyle(el).fontSize)),
  ).toBe(larger);
  await page.getByRole("button", { name: "Giảm cỡ chữ" }).click();
  await page.getByRole("button", { name: "Giảm cỡ chữ" }).click();
  expect(
    await page.locator(".article-body").evaluate((el) => parseFloat(getComputedStyle(el).fontSize)),
  ).toBe(before);
});

test("share copies the link where the Web Share API is missing, and offers Facebook", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.addInitScript(() => {
    Object.defineProperty(navigator, "share", { value: undefined });
  });
  await page.goto(SEED);
  await page.getByRole("button", { name: "Chia sẻ", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("Đã sao chép liên kết");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
    /\/bai-viet\/hoi-nghi-tong-ket-03-nam-de-an-06-dan-van-kheo$/,
  );
  await expect(page.getByRole("link", { name: "Chia sẻ lên Facebook" })).toHaveAttribute(
    "href",
    /^https:\/\/www\.facebook\.com\/sharer\/sharer\.php\?u=http/,
  );
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("every page reads fully and the site navigates", async ({ page }) => {
    await page.goto("/");
    const menu = page.getByRole("navigation", { name: "Menu chính" });
    await menu.locator(".menu-group > summary", { hasText: "Tin tức" }).click();
    await menu.getByRole("link", { name: "Dân vận" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dân vận");
    await page.locator(".card-title a").first().click();
    await expect(page.locator("article figcaption")).toHaveCount(2);
    // Controls that need JavaScript are not shown; the Facebook link is.
    await expect(page.getByRole("button", { name: "In bài viết" })).toBeHidden();
    await expect(page.getByRole("link", { name: "Chia sẻ lên Facebook" })).toBeVisible();
    await page
      .getByRole("navigation", { name: "Vị trí trang" })
      .getByRole("link", { name: "Trang chủ" })
      .click();
    await expect(page).toHaveURL("/");
    await page.getByRole("link", { name: "Văn bản" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Văn bản");
  });

  test("a page that does not exist says so, keeps its address and offers the way home", async ({ page }) => {
    for (const path of MISSING) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { level: 1 }), path).toHaveText("Không tìm thấy trang");
      expect(new URL(page.url()).pathname, path).toBe(path);
      await expect(page.getByRole("link", { name: "Về trang chủ" })).toBeVisible();
    }
  });
});

test("with JavaScript, a page that does not exist keeps its address", async ({ page }) => {
  await page.goto(MISSING[0]!);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Không tìm thấy trang");
  await expect(page.locator("html")).toHaveClass(/\bjs\b/);
  await page.waitForLoadState("networkidle");
  expect(new URL(page.url()).pathname).toBe(MISSING[0]);
});

for (const width of [390, 1280]) {
  test.describe(`accessibility at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });
    for (const [name, path] of Object.entries(PAGES)) {
      test(`${name} has no axe violations and a sound structure`, async ({ page }) => {
        await page.goto(path);
        await expectSoundStructure(page);
        await expectNoAxeViolations(page);
      });
    }
  });
}
