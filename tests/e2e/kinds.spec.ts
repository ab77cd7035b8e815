import { expect, test } from "@playwright/test";
import Parser from "rss-parser";
import { expectNoAxeViolations, expectSoundStructure } from "./axe";

// A committee's whole site: the menu, pages with their parents and children, the document library and its
// documents, tables, search across kinds, and what search engines get. Against the sample content's build.

const PHONE = { width: 390, height: 800 };

for (const javaScript of [true, false]) {
  test.describe(`the menu on a phone, JavaScript ${javaScript ? "on" : "off"}`, () => {
    test.use({ viewport: PHONE, javaScriptEnabled: javaScript });

    test("opens and closes by touch and by keyboard; it lists the pages, sections and links out", async ({
      page,
    }) => {
      await page.goto("/");
      const menu = page.getByRole("navigation", { name: "Menu chính" });
      const button = menu.locator("summary", { hasText: "Menu" }).first();
      const about = menu.getByRole("link", { name: "Lịch sử Đảng bộ huyện" });
      await expect(button).toBeVisible();
      await expect(about).toBeHidden();
      await button.click();
      await expect(about).toBeVisible();
      await expect(menu.getByRole("link", { name: "Văn bản" })).toBeVisible();
      // An address of another site says so to screen readers, and opens in the same tab.
      const portal = menu.getByRole("link", { name: /Cổng Dịch vụ công quốc gia \(sang trang web khác\)/ });
      await expect(portal).toBeVisible();
      expect(await portal.getAttribute("target")).toBeNull();
      await button.click();
      await expect(about).toBeHidden();
      // By keyboard: focus the button, Enter opens it, Enter closes it.
      await button.focus();
      await page.keyboard.press("Enter");
      await expect(about).toBeVisible();
      await page.keyboard.press("Enter");
      await expect(about).toBeHidden();
      await button.focus();
      await page.keyboard.press("Space");
      await expect(about).toBeVisible();
      await about.click();
      await expect(page).toHaveURL(/\/gioi-thieu\/lich-su-dang-bo$/);
      // The page never scrolls sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        PHONE.width,
      );
    });
  });
}

test("on a wide screen the menu is a row whose groups open under their entry, by keyboard too", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/");
  const menu = page.getByRole("navigation", { name: "Menu chính" });
  await expect(menu.locator("summary", { hasText: /^Menu$/ })).toBeHidden();
  await expect(menu.getByRole("link", { name: "Văn bản" })).toBeVisible();
  const group = menu.locator("summary", { hasText: "Giới thiệu" });
  await group.focus();
  await page.keyboard.press("Enter");
  await expect(menu.getByRole("link", { name: "Ban Thường vụ Huyện ủy" })).toBeVisible();
  await menu.getByRole("link", { name: "Ban Thường vụ Huyện ủy" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ban Thường vụ Huyện ủy");
});

test("a page shows the trail through its parents, and a parent lists its children in order", async ({
  page,
}) => {
  await page.goto("/gioi-thieu/lich-su-dang-bo");
  const trail = page.getByRole("navigation", { name: "Vị trí trang" });
  await expect(trail.getByRole("link")).toHaveText(["Trang chủ", "Giới thiệu"]);
  await expect(trail.locator('[aria-current="page"]')).toHaveText("Lịch sử Đảng bộ huyện");
  await trail.getByRole("link", { name: "Giới thiệu" }).click();
  const children = page.getByRole("navigation", { name: "Các trang trong mục này" });
  await expect(children.getByRole("link")).toHaveText([
    "Lịch sử Đảng bộ huyện",
    "Ban Thường vụ Huyện ủy",
    "Chức năng, nhiệm vụ",
  ]);
});

test("the English page says it is in English; the site around it stays Vietnamese", async ({ page }) => {
  await page.goto("/english");
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  await expect(page.locator("article")).toHaveAttribute("lang", "en");
  await expect(page.locator('meta[name="DC.language"]')).toHaveAttribute("content", "en");
});

for (const javaScript of [true, false]) {
  test(`the documents filter by type, issuer and year with a form (JavaScript ${javaScript ? "on" : "off"})`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: javaScript });
    const page = await context.newPage();
    await page.goto("/van-ban");
    const titles = page.locator(".document-number");
    await expect(titles).toHaveText([
      "Nghị quyết số 15-NQ/HU",
      "Tài liệu sinh hoạt chi bộ số 05-TL/BTGHU",
      "Kế hoạch số 120-KH/HU",
      "Chỉ thị số 08-CT/HU",
      "Kế hoạch số 42-KH/HU",
    ]);
    await page.getByLabel("Loại văn bản").selectOption({ label: "Kế hoạch (2)" });
    await page.getByRole("button", { name: "Lọc" }).click();
    await expect(page).toHaveURL(/loai=ke-hoach/);
    await expect(titles).toHaveText(["Kế hoạch số 120-KH/HU", "Kế hoạch số 42-KH/HU"]);
    await expect(page.getByText("Đã được thay thế").first()).toBeVisible();
    await page.getByLabel("Năm ban hành").selectOption("2025");
    await page.getByRole("button", { name: "Lọc" }).click();
    await expect(titles).toHaveText(["Kế hoạch số 120-KH/HU"]);
    await page.getByLabel("Loại văn bản").selectOption("");
    await page.getByLabel("Năm ban hành").selectOption("");
    await page.getByLabel("Cơ quan ban hành").selectOption({ label: "Ban Tuyên giáo Huyện ủy (1)" });
    await page.getByRole("button", { name: "Lọc" }).click();
    await expect(titles).toHaveText(["Tài liệu sinh hoạt chi bộ số 05-TL/BTGHU"]);
    await page.getByRole("link", { name: "Bỏ lọc" }).click();
    await expect(titles).toHaveCount(5);
    await context.close();
  });
}

test("a document shows its details, its file to download, and what replaces it", async ({
  page,
  request,
}) => {
  await page.goto("/van-ban/ke-hoach-42-kh-hu");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kế hoạch số 42-KH/HU");
  const details = page.getByRole("table", { name: "Thông tin văn bản" });
  await expect(details.getByRole("row", { name: /Số, ký hiệu/ })).toContainText("42-KH/HU");
  await expect(details.getByRole("row", { name: /Cơ quan ban hành/ })).toContainText(
    "Ban Thường vụ Huyện ủy",
  );
  await expect(details.getByRole("row", { name: /Ngày ban hành/ })).toContainText("10/04/2023");
  await expect(details.getByRole("row", { name: /Tình trạng/ })).toContainText("Đã được thay thế");
  await expect(page.getByRole("note")).toContainText("thay bằng Kế hoạch số 120-KH/HU");
  const link = page.getByRole("link", { name: /^Tải về ke-hoach-42-kh-hu\.pdf/ });
  await expect(page.locator(".document-files")).toContainText("(PDF, 15 KB)");
  const download = page.waitForEvent("download");
  await link.click();
  expect((await download).suggestedFilename()).toBe("ke-hoach-42-kh-hu.pdf");
  const file = await request.get((await link.getAttribute("href"))!);
  expect(file.status()).toBe(200);
  expect(file.headers()["content-type"]).toBe("application/pdf");
  expect((await file.body()).subarray(0, 5).toString()).toBe("%PDF-");
  await page.getByRole("link", { name: "Kế hoạch số 120-KH/HU" }).click();
  await expect(page.locator(".document-replaces")).toContainText("Văn bản này thay thế Kế hoạch số 42-KH/HU");
  // Structured data and Dublin Core name the document.
  const [jsonLd] = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').first().textContent())!,
  ) as unknown[];
  expect(jsonLd).toMatchObject({
    "@type": "DigitalDocument",
    identifier: { value: "120-KH/HU" },
    genre: "Kế hoạch",
  });
  await expect(page.locator('meta[name="DC.identifier"]')).toHaveAttribute("content", "120-KH/HU");
  await expect(page.locator('meta[name="DC.type"]')).toHaveAttribute("content", "Kế hoạch");
});

test("a wide table scrolls inside its own labelled region at 390 px, and the page does not", async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  await page.goto("/lien-he");
  const region = page.getByRole("region", { name: /^Bảng: Thứ, Ngày, Người tiếp/ });
  await expect(region).toBeVisible();
  const sizes = await region.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(sizes.scroll).toBeGreaterThan(sizes.client);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  // The region takes the keyboard's focus, and the arrow keys scroll it.
  await region.focus();
  await expect(region).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
});

test("search finds a document by its number however it is typed, first, labelled as a document", async ({
  page,
}) => {
  for (const q of ["15-NQ/HU", "15 nq hu", "nghị quyết 15"]) {
    await page.goto(`/tim-kiem?q=${encodeURIComponent(q)}`);
    const first = page.locator(".search-result").first();
    await expect(first.locator(".search-kind"), q).toHaveText("Văn bản");
    await expect(first.getByRole("link").first(), q).toHaveText(/Về lãnh đạo thực hiện chuyển đổi số/);
  }
  await page.goto(`/tim-kiem?q=${encodeURIComponent("Ban Thường vụ")}`);
  await expect(page.locator(".search-kind")).toContainText(["Trang"]);
});

test("the sitemap lists the documents and pages; the documents' feed lists the documents", async ({
  request,
}) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  for (const path of [
    "/van-ban",
    "/van-ban/nghi-quyet-15-nq-hu",
    "/gioi-thieu",
    "/gioi-thieu/ban-thuong-vu",
    "/english",
  ])
    expect(sitemap).toContain(`<loc>http://localhost:3000${path}</loc>`);
  const feed = await new Parser().parseString(await (await request.get("/van-ban/rss.xml")).text());
  expect(feed.title).toBe("Văn bản – Huyện ủy Chợ Đồn");
  expect(feed.items.map((item) => item.title)).toContain(
    "Nghị quyết số 15-NQ/HU: Về lãnh đạo thực hiện chuyển đổi số trong hoạt động của các cơ quan Đảng trên địa bàn huyện (văn bản mẫu)",
  );
  expect(feed.items[0]!.enclosure?.url).toBe("http://localhost:3000/files/2025/nghi-quyet-15-nq-hu.pdf");
});

for (const width of [390, 1280]) {
  test.describe(`accessibility of the new page types at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });
    for (const path of [
      "/gioi-thieu",
      "/gioi-thieu/ban-thuong-vu",
      "/english",
      "/van-ban",
      "/van-ban/ke-hoach-42-kh-hu",
      "/lien-he",
    ]) {
      test(`${path} has no axe violations`, async ({ page }) => {
        await page.goto(path);
        await expectSoundStructure(page);
        await expectNoAxeViolations(page);
      });
    }
  });
}
