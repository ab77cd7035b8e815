import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import Parser from "rss-parser";
import sharp from "sharp";

// The sample build uses the default SITE_URL.
const BASE = "http://localhost:3000";
const SEED = "/bai-viet/hoi-nghi-tong-ket-03-nam-de-an-06-dan-van-kheo";
const NO_COVER = "/bai-viet/hoi-nghi-lan-thu-hai-bch-dang-bo-huyen-khoa-xxi";

const CANONICAL: Record<string, string> = {
  "/": "/",
  [SEED]: SEED,
  "/chuyen-muc/dan-van": "/chuyen-muc/dan-van",
  "/the/dan-van-kheo": "/the/dan-van-kheo",
  "/luu-tru": "/luu-tru",
  "/luu-tru/2020/09": "/luu-tru/2020/09",
  "/tim-kiem?q=dan+van": "/tim-kiem",
};

test("every page has exactly one absolute canonical URL, Open Graph and Twitter cards, and the RSS link", async ({
  page,
}) => {
  for (const [url, canonical] of Object.entries(CANONICAL)) {
    await page.goto(url);
    const links = page.locator('link[rel="canonical"]');
    await expect(links, url).toHaveCount(1);
    // Next.js writes the home page's canonical URL without its trailing slash.
    await expect(links).toHaveAttribute("href", canonical === "/" ? BASE : `${BASE}${canonical}`);
    await expect(page.locator('meta[property="og:title"]')).toHaveCount(1);
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
      "content",
      /^http:\/\/localhost:3000\//,
    );
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute(
      "href",
      `${BASE}/rss.xml`,
    );
  }
});

test("an article carries NewsArticle and BreadcrumbList JSON-LD and article Open Graph tags", async ({
  page,
}) => {
  await page.goto(SEED);
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  const data = blocks.flatMap((text) => JSON.parse(text) as Record<string, unknown>[]);
  const news = data.find((d) => d["@type"] === "NewsArticle")!;
  expect(news).toMatchObject({
    headline: "Hội nghị tổng kết 03 năm thực hiện Đề án số 06 về phong trào “ Dân vận khéo”",
    image: [`${BASE}/images/2020/09/toan-canh-hoi-nghi.jpg`],
    datePublished: "2020-09-10T00:00:00+07:00",
    dateModified: "2020-09-10T00:00:00+07:00",
    publisher: { "@type": "Organization", name: "Huyện ủy Chợ Đồn", logo: { "@type": "ImageObject" } },
    mainEntityOfPage: { "@id": `${BASE}${SEED}` },
    articleSection: "Dân vận",
    keywords: "Dân vận khéo, Đề án 06, Công tác dân vận",
    inLanguage: "vi",
  });
  expect(String(news.description)).toMatch(/^Thời gian qua, Huyện ủy Chợ Đồn/);
  const crumbs = data.find((d) => d["@type"] === "BreadcrumbList") as { itemListElement: { name: string }[] };
  expect(crumbs.itemListElement.map((i) => i.name)).toEqual(["Trang chủ", "Dân vận", news.headline]);

  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
  await expect(page.locator('meta[property="article:published_time"]')).toHaveAttribute(
    "content",
    "2020-09-10T00:00:00+07:00",
  );
  await expect(page.locator('meta[property="article:section"]')).toHaveAttribute("content", "Dân vận");
  await expect(page.locator('meta[property="article:tag"]')).toHaveCount(3);
});

test("the home page carries WebSite (with a search action) and Organization", async ({ page }) => {
  await page.goto("/");
  const data = (await page.locator('script[type="application/ld+json"]').allTextContents()).flatMap((t) =>
    JSON.parse(t),
  );
  expect(data.map((d: { "@type": string }) => d["@type"])).toEqual(["WebSite", "Organization"]);
  expect(data[0].potentialAction.target.urlTemplate).toBe(`${BASE}/tim-kiem?q={search_term_string}`);
});

test("sitemap, news sitemap and feeds are XML; the sitemap follows the sitemaps.org 0.9 schema", async ({
  request,
}) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "seo-"));
  for (const url of ["/sitemap.xml", "/sitemap-news.xml", "/rss.xml", "/chuyen-muc/dan-van/rss.xml"]) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    expect(response.headers()["content-type"]).toMatch(/xml; charset=utf-8/);
    const file = path.join(dir, url.replace(/\W+/g, "_"));
    fs.writeFileSync(file, await response.body());
    execFileSync("xmllint", ["--noout", "--nonet", file]);
  }
  execFileSync("xmllint", [
    "--noout",
    "--nonet",
    "--schema",
    "tests/fixtures/sitemap-0.9.xsd",
    path.join(dir, "_sitemap_xml"),
  ]);
  const sitemap = await (await request.get("/sitemap.xml")).text();
  expect(sitemap).toContain(`<loc>${BASE}${SEED}</loc>`);
  expect(sitemap).toContain(`<loc>${BASE}/chuyen-muc/dan-van</loc>`);
  expect(sitemap).toContain(`<loc>${BASE}/the/dan-van-kheo</loc>`);
  expect(sitemap).toContain(`<loc>${BASE}/luu-tru/2020/09</loc>`);
});

test("a feed parser reads every feed and gets the Vietnamese titles back intact", async ({ request }) => {
  const parser = new Parser();
  const site = await parser.parseString(await (await request.get("/rss.xml")).text());
  expect(site.items.map((i) => i.title)).toEqual([
    "Hội nghị lần thứ hai BCH Đảng bộ huyện Chợ Đồn khóa XXI, nhiệm kỳ 2020 – 2025",
    "Hội nghị tổng kết 03 năm thực hiện Đề án số 06 về phong trào “ Dân vận khéo”",
    "Chợ Đồn tập huấn nghiệp vụ công tác tổ chức cán bộ và triển khai Luật sửa đổi bổ sung một số điều của Luật cán bộ, công chức, viên chức",
  ]);
  const category = await parser.parseString(
    await (await request.get("/chuyen-muc/xay-dung-dang/rss.xml")).text(),
  );
  expect(category.title).toBe("Xây dựng Đảng – Huyện ủy Chợ Đồn");
  expect(category.items).toHaveLength(2);
  expect((await request.get("/chuyen-muc/khong-co/rss.xml")).status()).toBe(404);
});

test("search results are not indexed, the search form is; not-found pages are not", async ({ request }) => {
  const robots = async (path: string) => {
    const html = await (await request.get(path)).text();
    return /<meta name="robots" content="([^"]*)"/.exec(html)?.[1] ?? null;
  };
  expect(await robots("/tim-kiem?q=dan+van")).toBe("noindex, follow");
  expect(await robots("/tim-kiem?q=xyzxyz")).toBe("noindex, follow");
  expect(await robots("/tim-kiem")).toBeNull();
  expect(await robots("/tim-kiem?q=")).toBeNull();
  expect(await robots("/bai-viet/khong-co-bai-nay")).toBe("noindex, follow");
  expect(await robots(SEED)).toBeNull();
});

test("robots.txt allows crawling and lists the sitemaps", async ({ request }) => {
  const text = await (await request.get("/robots.txt")).text();
  expect(text).toContain("Allow: /");
  expect(text).toContain(`Sitemap: ${BASE}/sitemap.xml`);
  expect(text).toContain(`Sitemap: ${BASE}/sitemap-news.xml`);
});

test("an article without a cover gets a generated 1200×630 PNG share image", async ({ page, request }) => {
  await page.goto(NO_COVER);
  const imageUrl = await page.locator('meta[property="og:image"]').getAttribute("content");
  expect(imageUrl).toBe(`${BASE}/anh-chia-se/bai-viet/hoi-nghi-lan-thu-hai-bch-dang-bo-huyen-khoa-xxi`);
  for (const url of [new URL(imageUrl!).pathname, "/anh-chia-se"]) {
    const response = await request.get(url);
    expect(response.headers()["content-type"]).toBe("image/png");
    const png = await response.body();
    const meta = await sharp(png).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(["png", 1200, 630]);
    // Not blank: the title's dark text on white, the red band.
    const { channels } = await sharp(png).stats();
    expect(channels[0]!.stdev).toBeGreaterThan(20);
    expect(channels[0]!.min).toBeLessThan(60);
  }
});
