import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { HEAD_SCRIPT, SCRIPT_ATTRIBUTE } from "../../lib/font-size";
import { watchPolicy } from "./policy";

// Every page a reader gets is complete HTML without the framework's client runtime (`unstable_runtimeJS: false`
// in each page's config). The flag is marked unstable: these tests fail if a Next.js upgrade brings it back.

const SEED = "/bai-viet/hoi-nghi-tong-ket-03-nam-de-an-06-dan-van-kheo";
const PAGES: Record<string, [path: string, status: number]> = {
  home: ["/", 200],
  category: ["/chuyen-muc/dan-van", 200],
  tag: ["/the/dan-van-kheo", 200],
  archive: ["/luu-tru", 200],
  month: ["/luu-tru/2020/09", 200],
  article: [SEED, 200],
  search: ["/tim-kiem?q=dan+van", 200],
  "search, empty": ["/tim-kiem", 200],
  page: ["/gioi-thieu/ban-thuong-vu", 200],
  "English page": ["/english", 200],
  documents: ["/van-ban", 200],
  "documents, filtered": ["/van-ban?loai=ke-hoach&nam=2025", 200],
  document: ["/van-ban/nghi-quyet-15-nq-hu", 200],
  "unknown document": ["/van-ban/khong-co", 404],
  "documents past the last page": ["/van-ban?trang=9", 404],
  "unknown article": ["/bai-viet/khong-co-bai-nay", 404],
  "page past the last": ["/chuyen-muc/dan-van/trang/2", 404],
  "unknown path": ["/khong-co-trang-nay", 404],
  "framework's page name": ["/404", 404],
  error: ["/500", 500],
};

/** The script a page's element names for the head script to load once the page has loaded. */
function toolsScriptOf(html: string): string | null {
  return new RegExp(`\\b${SCRIPT_ATTRIBUTE}="([^"]*)"`).exec(html)?.[1] ?? null;
}

/** Every `<script>` of a page, as `src` or inline text with its type. */
function scriptsOf(html: string): { src: string | null; type: string | null; text: string }[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].map(([, attributes, text]) => ({
    src: /\bsrc="([^"]*)"/.exec(attributes!)?.[1] ?? null,
    type: /\btype="([^"]*)"/.exec(attributes!)?.[1] ?? null,
    text: text!,
  }));
}

test("every reader page is plain HTML: no framework script, no inline page data, only the site's own scripts", async ({
  request,
}) => {
  for (const [name, [path, status]] of Object.entries(PAGES)) {
    const response = await request.get(path);
    expect(response.status(), name).toBe(status);
    const html = await response.text();
    expect(html, name).toContain("<h1");
    // The stylesheet is the framework's only file on the page.
    expect(html, name).not.toMatch(/\/_next\/[^"]*\.js\b/);
    expect(html, name).not.toContain("__next_f");
    expect(html, name).not.toContain("__NEXT_DATA__");
    expect(html, name).not.toContain("TURBOPACK");
    const scripts = scriptsOf(html);
    const code = scripts.filter((s) => s.type !== "application/ld+json");
    // The head script only (its text exactly as the policy hashes it); it loads the article tools once the page
    // has loaded, on an article only (the element that names them).
    expect(
      code.map((s) => s.src ?? s.text),
      name,
    ).toEqual([HEAD_SCRIPT]);
    const tools = toolsScriptOf(html);
    if (name === "article") expect(tools).toMatch(/^\/cong-cu-bai-viet\.js\?v=[0-9a-f]{12}$/);
    else expect(tools, name).toBeNull();
  }
});

test("readers' stylesheets hold the site's rules only: none of the newsroom's", async ({ request }) => {
  for (const path of ["/", SEED, "/van-ban"]) {
    const html = await (await request.get(path)).text();
    const sheets = [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)].map(
      ([link]) => /\bhref="([^"]+)"/.exec(link)![1]!,
    );
    expect(sheets.length, path).toBeGreaterThan(0);
    for (const sheet of sheets) {
      const css = await (await request.get(sheet)).text();
      expect(css, sheet).toContain(".site-header");
      expect(css, sheet).not.toContain("editor-");
    }
  }
});

test("the article tools are one small script of the site's, kept by browsers until it changes", async ({
  request,
}) => {
  const html = await (await request.get(SEED)).text();
  const src = toolsScriptOf(html)!;
  expect(src).toMatch(/^\/cong-cu-bai-viet\.js\?v=[0-9a-f]{12}$/);
  const script = await request.get(src, { headers: { "accept-encoding": "identity" } });
  expect(script.status()).toBe(200);
  expect(script.headers()["content-type"]).toContain("javascript");
  expect(script.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
});

test("every page and file has the same Content-Security-Policy: the site's scripts only, no inline, no nonce", async ({
  request,
}) => {
  const policies = new Set<string>();
  const paths = [
    ...Object.values(PAGES).map(([path]) => path),
    "/rss.xml",
    "/sitemap.xml",
    "/robots.txt",
    "/images/2020/09/toan-canh-hoi-nghi.jpg",
  ];
  for (const path of paths) {
    const response = await request.get(path);
    const policy = response.headers()["content-security-policy"];
    expect(policy, path).toBeTruthy();
    policies.add(policy!);
  }
  const refused = await request.fetch("/", { method: "DELETE" });
  expect(refused.status()).toBe(405);
  policies.add(refused.headers()["content-security-policy"]!);
  expect([...policies]).toHaveLength(1);
  const [policy] = [...policies];
  const scriptSrc = policy!.split("; ").find((d) => d.startsWith("script-src"))!;
  expect(scriptSrc).toMatch(/^script-src 'self' 'sha256-[A-Za-z0-9+/=]+'$/);
  expect(policy).not.toContain("nonce-");
  expect(scriptSrc).not.toContain("unsafe");
});

test("with JavaScript, no page breaks the policy, and the tools appear on the article only", async ({
  page,
}) => {
  const refused = watchPolicy(page, { errors: true });
  const loaded: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") loaded.push(new URL(request.url()).pathname);
  });
  for (const [name, [path]] of Object.entries(PAGES)) {
    loaded.length = 0;
    await page.goto(path);
    await expect(page.locator("html"), name).toHaveClass(/\bjs\b/);
    await page.waitForLoadState("networkidle");
    expect(loaded, name).toEqual(name === "article" ? ["/cong-cu-bai-viet.js"] : []);
  }
  await page.goto(SEED);
  await expect(page.getByRole("button", { name: "A+" })).toBeVisible();
  expect(refused).toEqual([]);
});

test("the tools' script waits for the page: the buttons keep their place and appear once they work", async ({
  page,
}) => {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let requestedBeforeLoad: boolean | null = null;
  await page.route("**/cong-cu-bai-viet.js*", async (route) => {
    requestedBeforeLoad = await page.evaluate(() => document.readyState !== "complete").catch(() => null);
    await held;
    await route.continue();
  });
  await page.goto(SEED);
  const larger = page.getByRole("button", { name: "Tăng cỡ chữ" });
  const box = await page.locator(".article-tools").boundingBox();
  await expect(larger).toBeHidden();
  release();
  await expect(larger).toBeVisible();
  expect(requestedBeforeLoad).toBe(false);
  // Shown in the place that was kept: nothing below it moved.
  expect(await page.locator(".article-tools").boundingBox()).toEqual(box);
  await larger.click();
  await expect(page.locator("html")).toHaveAttribute("data-font-size", "1");
});

test("the font size applies before the first paint: the page's first style already has it", async ({
  page,
}) => {
  await page.goto(SEED);
  await page.getByRole("button", { name: "Tăng cỡ chữ" }).click();
  // Stop the page at its first paint: no script but the head one has run by then.
  await page.route("**/cong-cu-bai-viet.js*", (route) => route.abort());
  await page.goto("/chuyen-muc/dan-van", { waitUntil: "commit" });
  await page.waitForFunction(() => document.body !== null);
  expect(await page.evaluate(() => document.documentElement.dataset.fontSize)).toBe("1");
});

test("the tools' names contain their visible text (WCAG 2.5.3)", async ({ page }) => {
  await page.goto(SEED);
  const results = await new AxeBuilder({ page })
    .withRules(["label-content-name-mismatch"])
    .include(".article-tools")
    .analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  // The name is the visible text, then what it does.
  await expect(page.getByRole("button", { name: /^A- Giảm cỡ chữ$/ })).toBeVisible();
  await expect(page.getByRole("button", { name: /^A\+ Tăng cỡ chữ$/ })).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("every page reads fully, and the tools that need JavaScript stay hidden", async ({ page }) => {
    for (const [name, [path, status]] of Object.entries(PAGES)) {
      const response = await page.goto(path);
      expect(response?.status(), name).toBe(status);
      await expect(page.getByRole("heading", { level: 1 }), name).toBeVisible();
      await expect(page.getByRole("banner"), name).toBeVisible();
      await expect(page.getByRole("contentinfo"), name).toBeVisible();
      await expect(page.locator(".js-only"), name).toHaveCount(name === "article" ? 1 : 0);
      if (name === "article") {
        await expect(page.getByRole("button", { name: "In bài viết" })).toBeHidden();
        await expect(page.locator("article figcaption")).toHaveCount(2);
      }
    }
  });
});
