import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";

// `next dev` on tests/.output/dev-content (scripts/dev-fixture.ts): drafts are shown, files are watched.
const CONTENT = "tests/.output/dev-content";
test.describe.configure({ mode: "serial", timeout: 120_000 });

test("in development a draft is visible, with a clear banner", async ({ page }) => {
  await page.goto("/bai-viet/ban-nhap-xem-thu");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bản nháp xem thử");
  await expect(page.getByRole("note")).toContainText("Bản nháp");
  await page.goto("/chuyen-muc/dan-van");
  await expect(page.locator(".draft-label")).toHaveText("Bản nháp");
});

test("saving a Markdown file shows on the next reload, without a restart", async ({ page }) => {
  const file = path.join(CONTENT, "articles", "2020", "hoi-nghi-lan-thu-hai-bch-dang-bo-huyen-khoa-xxi.md");
  await page.goto("/bai-viet/hoi-nghi-lan-thu-hai-bch-dang-bo-huyen-khoa-xxi");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Hội nghị lần thứ hai/);
  fs.writeFileSync(
    file,
    fs
      .readFileSync(file, "utf8")
      .replace("title: Hội nghị lần thứ hai", "title: ĐÃ SỬA Hội nghị lần thứ hai"),
  );
  await expect
    .poll(async () => {
      await page.reload();
      return page.getByRole("heading", { level: 1 }).textContent();
    })
    .toMatch(/^ĐÃ SỬA Hội nghị lần thứ hai/);
});
