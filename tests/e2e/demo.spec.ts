import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, expectSoundStructure } from "./axe";

// Runs against the demo corpus: 300 articles, 60 in each of five categories, 12 per page (see scripts/demo-corpus.ts).
const CATEGORY = "/chuyen-muc/tin-tuc-su-kien";

test("category pagination: first and last pages, and 404 past the last", async ({ page, request }) => {
  await page.goto(CATEGORY);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Trang 1/5");
  await expect(page.locator(".card")).toHaveCount(12);
  const pager = page.getByRole("navigation", { name: "Phân trang" });
  await expect(pager.getByRole("link", { name: /Trang trước/ })).toHaveCount(0);
  await expect(pager.locator("[aria-current=page]")).toHaveText("1");

  const firstOfPage2 = await (async () => {
    await pager.getByRole("link", { name: /Trang sau/ }).click();
    await expect(page).toHaveURL(`${CATEGORY}/trang/2`);
    return page.locator(".card-title").first().textContent();
  })();
  await page.goto(`${CATEGORY}/trang/5`);
  await expect(page.locator(".card")).toHaveCount(12);
  await expect(pager.getByRole("link", { name: /Trang sau/ })).toHaveCount(0);
  await expect(pager.locator("[aria-current=page]")).toHaveText("5");
  await pager.getByRole("link", { name: "Trang 3" }).click();
  await pager.getByRole("link", { name: "Trang 2" }).click();
  await expect(page.locator(".card-title").first()).toHaveText(firstOfPage2!);

  expect((await request.get(`${CATEGORY}/trang/6`)).status()).toBe(404);
  for (const bad of ["0", "-1", "abc", "02", "1.5"])
    expect((await request.get(`${CATEGORY}/trang/${bad}`)).status(), bad).toBe(404);
  // Page 1 has one URL: the category's own.
  const first = await request.get(`${CATEGORY}/trang/1`, { maxRedirects: 0 });
  expect(first.status()).toBe(308);
  expect(first.headers().location).toBe(CATEGORY);
});

test("tag and archive pages paginate too", async ({ page, request }) => {
  await page.goto("/luu-tru");
  const months = page.locator(".archive-months a");
  expect(await months.count()).toBeGreaterThan(3);
  await months.first().click();
  await expect(page.locator(".card").first()).toBeVisible();
  const tagHref = await (async () => {
    await page.locator(".card-title a").first().click();
    return page.locator(".tags a").first().getAttribute("href");
  })();
  await page.goto(tagHref!);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Từ khóa:");
  await expect(page.locator(".card")).toHaveCount(12);
  expect((await request.get(`${tagHref}/trang/999`)).status()).toBe(404);
});

test("without a menu in site.yml, the header lists the categories as it always has", async ({ page }) => {
  await page.goto("/");
  const menu = page.getByRole("navigation", { name: "Menu chính" });
  await expect(menu.getByRole("link")).toHaveText([
    "Trang chủ",
    "Tin tức - Sự kiện",
    "Xây dựng Đảng",
    "Dân vận",
    "Kinh tế - Xã hội",
    "Quốc phòng - An ninh",
    "Văn hóa - Thể thao",
    "Lưu trữ",
  ]);
});

test("the footer shows every configured field", async ({ page }) => {
  await page.goto("/");
  const footer = page.getByRole("contentinfo");
  for (const text of [
    "Cơ quan chủ quản: Cơ quan chủ quản mẫu (dữ liệu thử)",
    "Chịu trách nhiệm nội dung: Người chịu trách nhiệm mẫu (dữ liệu thử)",
    "Địa chỉ: Địa chỉ mẫu (dữ liệu thử)",
    "Điện thoại: 000 0000 000",
    "Thư điện tử: lien-he@example.invalid",
    "Giấy phép: Giấy phép mẫu (dữ liệu thử)",
    "Dữ liệu thử nghiệm, không phát hành lại.",
  ]) {
    await expect(footer).toContainText(text);
  }
});

test("an empty category says so, with no pagination", async ({ page }) => {
  await page.goto("/chuyen-muc/van-hoa-the-thao");
  await expect(page.locator(".empty")).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Phân trang" })).toHaveCount(0);
});

test("related articles: 3 to 6, newest first, never the article itself", async ({ page }) => {
  await page.goto(CATEGORY);
  const href = await page.locator(".card-title a").nth(3).getAttribute("href");
  await page.goto(href!);
  const related = page.getByRole("region", { name: "Tin liên quan" }).locator(".card");
  const count = await related.count();
  expect(count).toBeGreaterThanOrEqual(3);
  expect(count).toBeLessThanOrEqual(6);
  const hrefs = await related
    .locator(".card-title a")
    .evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  expect(hrefs).not.toContain(href);
  const dates = await related
    .locator("time")
    .evaluateAll((times) => times.map((t) => t.getAttribute("datetime")!));
  expect([...dates].sort().reverse()).toEqual(dates);
});

test("home with covers: only the first image loads eagerly", async ({ page }) => {
  await page.goto("/");
  const images = page.locator("main img");
  expect(await images.count()).toBeGreaterThan(5);
  const loading = await images.evaluateAll((imgs) => imgs.map((img) => img.getAttribute("loading")));
  expect(loading[0]).not.toBe("lazy");
  expect(loading.slice(1).every((l) => l === "lazy")).toBe(true);
  // Known dimensions: no layout shift.
  const sized = await images.evaluateAll((imgs) =>
    imgs.every((img) => img.getAttribute("width") && img.getAttribute("height")),
  );
  expect(sized).toBe(true);
});

for (const width of [390, 1280]) {
  test.describe(`accessibility at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });
    for (const path of ["/", CATEGORY, `${CATEGORY}/trang/3`]) {
      test(`${path} has no axe violations`, async ({ page }) => {
        await page.goto(path);
        await expectSoundStructure(page);
        await expectNoAxeViolations(page);
      });
    }
  });
}

test.describe("hostile, draft and scheduled fixtures", () => {
  const HOSTILE = "/bai-viet/tieu-de-doc-hai";
  const HIDDEN = ["Bài nháp không được lộ ra ngoài", "Bài hẹn giờ đăng năm 2099"];

  test("hostile strings in every field show as text and run nothing", async ({ page }) => {
    const response = await page.goto(HOSTILE);
    expect(response?.headers()["content-security-policy"]).toContain("object-src 'none'");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Tiêu đề có </script><script>window.__xss = 'title'</script> và <b>thẻ</b>",
    );
    await expect(page.locator(".article-author")).toContainText(`"><script>window.__xss='author'</script>`);
    await expect(page.locator("article.article figcaption")).toContainText("</figcaption><script>");
    await expect(page.locator(".article-body iframe, .article-body style, .article-body script")).toHaveCount(
      0,
    );
    const data = (await page.locator('script[type="application/ld+json"]').allTextContents()).flatMap((t) =>
      JSON.parse(t),
    );
    expect(data[0].headline).toBe(
      "Tiêu đề có </script><script>window.__xss = 'title'</script> và <b>thẻ</b>",
    );
    expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
  });

  test("drafts and scheduled articles appear in no page, sitemap, feed or search", async ({
    page,
    request,
  }) => {
    for (const url of [
      "/",
      "/chuyen-muc/quoc-phong-an-ninh",
      "/sitemap.xml",
      "/sitemap-news.xml",
      "/rss.xml",
      "/chuyen-muc/quoc-phong-an-ninh/rss.xml",
      "/tim-kiem?q=bai+nhap",
      "/tim-kiem?q=hen+gio+2099",
      "/luu-tru",
    ]) {
      const body = await (await request.get(url)).text();
      for (const title of HIDDEN) expect(body.includes(title), `${url} shows "${title}"`).toBe(false);
    }
    for (const slug of ["ban-nhap-khong-duoc-lo", "bai-hen-gio-nam-2099"]) {
      expect((await request.get(`/bai-viet/${slug}`)).status()).toBe(404);
    }
    await page.goto("/tim-kiem?q=Bài+nháp+không+được+lộ+ra+ngoài");
    await expect(page.locator('a[href="/bai-viet/ban-nhap-khong-duoc-lo"]')).toHaveCount(0);
  });
});

test("the document library pages through 30 documents, keeping its filter in every page's link", async ({
  page,
  request,
}) => {
  await page.goto("/van-ban");
  await expect(page.locator(".document-item")).toHaveCount(12);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Trang 1/3");
  await page.getByRole("navigation", { name: "Phân trang" }).getByRole("link", { name: "Trang 3" }).click();
  await expect(page).toHaveURL(/\/van-ban\?trang=3$/);
  await expect(page.locator(".document-item")).toHaveCount(6);
  expect((await request.get("/van-ban?trang=4")).status()).toBe(404);
  // A filter that still has two pages: the second page's link keeps it.
  await page.goto("/van-ban?co-quan=ban-chap-hanh");
  await expect(page.locator(".document-item")).toHaveCount(10);
  await page.goto("/van-ban?nam=2026");
  const next = page.getByRole("navigation", { name: "Phân trang" }).getByRole("link", { name: "Trang 2" });
  await expect(next).toHaveAttribute("href", "/van-ban?nam=2026&trang=2");
  await next.click();
  await expect(page.locator(".document-number").first()).toBeVisible();
});
