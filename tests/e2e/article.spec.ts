import { expect, test } from "@playwright/test";

const SEED = "/bai-viet/hoi-nghi-tong-ket-03-nam-de-an-06-dan-van-kheo";
const SEED_TITLE = "Hội nghị tổng kết 03 năm thực hiện Đề án số 06 về phong trào “ Dân vận khéo”";
const PREVIOUS_TITLE =
  "Chợ Đồn tập huấn nghiệp vụ công tác tổ chức cán bộ và triển khai Luật sửa đổi bổ sung một số điều của Luật cán bộ, công chức, viên chức";
const NEXT_TITLE = "Hội nghị lần thứ hai BCH Đảng bộ huyện Chợ Đồn khóa XXI, nhiệm kỳ 2020 – 2025";
const SECOND_CAPTION =
  "Đồng chí Dương Văn Hoàn, Ủy viên BTV huyện ủy, Phó Chủ tịch UBND huyện trao giấy khen cho các cá nhân điển hình “ Dân vận khéo” giai đoạn 2018-2020";

test("the seed article shows its title, date, category and both captions under their photos", async ({
  page,
}) => {
  const response = await page.goto(SEED);
  expect(response?.status()).toBe(200);
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(SEED_TITLE);
  await expect(page).toHaveTitle(`${SEED_TITLE} | Huyện ủy Chợ Đồn`);

  const time = page.locator("article.article time").first();
  await expect(time).toHaveText("Thứ Năm, 10/09/2020");
  await expect(time).toHaveAttribute("datetime", "2020-09-10T00:00:00+07:00");
  await expect(page.locator("article.article .article-category a")).toHaveAttribute(
    "href",
    "/chuyen-muc/dan-van",
  );

  const figures = page.locator("article.article figure");
  await expect(figures).toHaveCount(2);
  await expect(figures.nth(0).locator("figcaption")).toHaveText("Toàn cảnh Hội nghị");
  await expect(figures.nth(1).locator("figcaption")).toHaveText(SECOND_CAPTION);
  for (const i of [0, 1]) {
    const figure = figures.nth(i);
    const img = figure.locator("img");
    await expect(img).toHaveAttribute("width", "1200");
    await expect(img).toHaveAttribute("height", "675");
    // The caption sits below its photo.
    await img.scrollIntoViewIfNeeded();
    const imgBox = (await img.boundingBox())!;
    const captionBox = (await figure.locator("figcaption").boundingBox())!;
    expect(captionBox.y).toBeGreaterThanOrEqual(imgBox.y + imgBox.height - 1);
    // The photo is served, resized for the screen by the image optimizer, and decodes.
    await expect(img).toHaveAttribute("src", /^\/_next\/image\?url=%2Fimages%2F2020%2F09%2F/);
    await expect
      .poll(() => img.evaluate((el: HTMLImageElement) => (el.complete ? el.naturalWidth : 0)))
      .toBeGreaterThan(0);
  }
  await expect(page.locator("article.article")).toContainText("Quyết định số 2559/ QĐ –UBND, ngày 07/9/2020");
});

test("previous and next links lead to the named articles and back", async ({ page }) => {
  await page.goto(SEED);
  const nav = page.getByRole("navigation", { name: "Bài viết khác" });
  const previous = nav.getByRole("link", { name: /^Bài trước/ });
  const next = nav.getByRole("link", { name: /^Bài tiếp theo/ });
  await expect(previous).toContainText(PREVIOUS_TITLE);
  await expect(next).toContainText(NEXT_TITLE);

  await previous.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(PREVIOUS_TITLE);
  // The oldest article has no previous one.
  await expect(page.getByRole("link", { name: /^Bài trước/ })).toHaveCount(0);
  await page.getByRole("link", { name: /^Bài tiếp theo/ }).click();
  await expect(page).toHaveURL(SEED);

  await page.getByRole("link", { name: /^Bài tiếp theo/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(NEXT_TITLE);
  // The newest article has no next one.
  await expect(page.getByRole("link", { name: /^Bài tiếp theo/ })).toHaveCount(0);
  await page.getByRole("link", { name: /^Bài trước/ }).click();
  await expect(page).toHaveURL(SEED);
});

test("an unknown article is the site's own Vietnamese 404 page", async ({ page }) => {
  const response = await page.goto("/bai-viet/khong-co-bai-nay");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Không tìm thấy trang");
  await expect(page.getByRole("link", { name: "Về trang chủ" })).toHaveAttribute("href", "/");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the article reads fully and navigates", async ({ page }) => {
    await page.goto(SEED);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(SEED_TITLE);
    const paragraphs = page.locator("article.article .article-body > p");
    await expect(paragraphs).toHaveCount(4);
    await expect(paragraphs.first()).toContainText("Thời gian qua, Huyện ủy Chợ Đồn");
    await expect(paragraphs.last()).toContainText("giai đoạn 2018-2020.");
    await expect(page.locator("article.article figcaption")).toHaveText([
      "Toàn cảnh Hội nghị",
      SECOND_CAPTION,
    ]);
    await page.getByRole("link", { name: /^Bài tiếp theo/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(NEXT_TITLE);
  });
});
