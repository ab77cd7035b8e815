import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

const SEED_TITLE = "Hội nghị tổng kết 03 năm thực hiện Đề án số 06 về phong trào “ Dân vận khéo”";

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a search from the header finds the seed article for 'dan van kheo'", async ({ page }) => {
    await page.goto("/bai-viet/hoi-nghi-lan-thu-hai-bch-dang-bo-huyen-khoa-xxi");
    const box = page.getByRole("banner").getByRole("searchbox", { name: "Từ khóa tìm kiếm" });
    await box.fill("dan van kheo");
    await box.press("Enter");
    await expect(page).toHaveURL("/tim-kiem?q=dan+van+kheo");
    await expect(page.locator(".search-count")).toHaveText("Tìm thấy 1 kết quả cho “dan van kheo”");
    const result = page.locator(".search-result").first();
    await expect(result.getByRole("link").first()).toHaveText(SEED_TITLE);
    // Matched words are highlighted, whatever their diacritics.
    const marked = await result.locator("mark").allTextContents();
    expect(marked.map((m) => m.toLowerCase())).toEqual(expect.arrayContaining(["dân", "vận", "khéo"]));
    await result.getByRole("link").first().click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(SEED_TITLE);
  });
});

test("result pages are not indexed by search engines", async ({ page }) => {
  await page.goto("/tim-kiem?q=dan+van");
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
});

test("a query containing <script> shows as text and runs nothing", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const hostile = `<script>window.__hacked=1;alert(1)</script><img src=x onerror="window.__hacked=2">`;
  const response = await page.goto(`/tim-kiem?q=${encodeURIComponent(hostile)}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("searchbox", { name: "Từ khóa tìm kiếm" }).last()).toHaveValue(hostile);
  await expect(page.locator("main")).toContainText("Không tìm thấy bài viết nào");
  expect(await page.evaluate(() => (window as unknown as { __hacked?: number }).__hacked)).toBeUndefined();
  expect(dialogs).toEqual([]);
});

test("a 5,000-character query gets a clear message, not an error", async ({ page }) => {
  const response = await page.goto(`/tim-kiem?q=${"dân vận ".repeat(625)}`);
  expect(response?.status()).toBe(200);
  await expect(page.locator("main").getByRole("alert")).toHaveText(
    "Từ khóa quá dài: chỉ 200 ký tự đầu được dùng để tìm.",
  );
  await expect(page.locator(".search-count")).toContainText("Tìm thấy");
});

test("an empty query and a query with no result say so kindly", async ({ page }) => {
  await page.goto("/tim-kiem");
  await expect(page.locator(".empty")).toContainText("Nhập từ khóa để tìm bài viết");
  await page.goto("/tim-kiem?q=xyzxyz");
  await expect(page.locator(".empty")).toContainText("Không tìm thấy bài viết nào");
  await expectNoAxeViolations(page);
});

test("a repeated query is answered from the server's memory for a minute; another query is not", async ({
  request,
}) => {
  const plain = { "accept-encoding": "identity" };
  const first = await request.get("/tim-kiem?q=h%E1%BB%99i+ngh%E1%BB%8B", { headers: plain });
  expect(first.headers()["cache-control"]).toMatch(/^public, s-maxage=60\b/);
  const again = await request.get("/tim-kiem?q=h%E1%BB%99i+ngh%E1%BB%8B", { headers: plain });
  expect(again.headers()["age"]).toMatch(/^\d+$/);
  expect(await again.text()).toBe(await first.text());
  const other = await request.get("/tim-kiem?q=d%C3%A2n+v%E1%BA%ADn+kh%C3%A9o", { headers: plain });
  expect(other.headers()["age"]).toBeUndefined();
  expect(await other.text()).toContain("Dân vận khéo");
});
