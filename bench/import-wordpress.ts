/**
 * The WordPress import benchmark (not a test): `npm run bench:import` (COUNT=10000 posts, PAGES=200 pages,
 * DOCUMENTS=2000 linked documents by default; BUILD=1 to build the result too).
 *
 * Writes a synthetic export (built as an XML tree with xastscript, like the site's feeds) of COUNT posts in the
 * old site's shape — classic posts with a `[caption]` photo each, tags, two categories, every tenth a draft, one in
 * five linking a PDF of the uploads — PAGES pages (sections of ten: a parent and nine children) and an uploads
 * folder holding each photo's original (one per ten posts, none of the resized copies the posts name) and the
 * documents. Then runs `npm run import:wordpress` into an empty content folder and reports its time and peak
 * resident memory (GNU time), the number of articles, pages, photos, documents and redirects, and whether the
 * result passes `npm run content:check` (and, with BUILD=1, `next build`). Writes bench-results/import.json.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { x } from "xastscript";
import { toXml } from "xast-util-to-xml";

const COUNT = Number(process.env.COUNT ?? 10_000);
const PAGES = Number(process.env.PAGES ?? 200);
const DOCUMENTS = Number(process.env.DOCUMENTS ?? 2_000);
const WORK = path.resolve("tests/.output/bench-import");
fs.rmSync(WORK, { recursive: true, force: true });
fs.mkdirSync(path.join(WORK, "content"), { recursive: true });
fs.mkdirSync(path.join(WORK, "public"), { recursive: true });
// The sample's site.yml without its menu, which names the sample's own pages.
const siteYml = fs.readFileSync("content/site.yml", "utf8");
fs.writeFileSync(
  path.join(WORK, "content/site.yml"),
  siteYml.slice(0, siteYml.indexOf("\nmenu:") + 1 || undefined),
);
const pdf = fs.readFileSync("public/files/2025/nghi-quyet-15-nq-hu.pdf");

const photo = fs.readFileSync("public/images/2020/09/toan-canh-hoi-nghi.jpg");
const cdata = (value: string) => ({ type: "cdata" as const, value });
const items = [];
for (let i = 0; i < COUNT; i++) {
  const year = 2012 + (i % 12);
  const month = String(1 + (i % 12)).padStart(2, "0");
  const name = `anh-${Math.floor(i / 10)}`;
  if (i % 10 === 0) {
    const dir = path.join(WORK, "uploads", String(year), month);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, `${name}.jpg`), photo);
  }
  const src = `https://chodon.example.vn/wp-content/uploads/${year}/${month}/${name}-1024x683.jpg`;
  const body =
    `Đoạn mở đầu của bài ${i} về phong trào &#8220;Dân vận khéo&#8221; ở xã.\n\n` +
    `[caption id="attachment_${100000 + i}" width="800"]<img class="wp-image-${100000 + i}" src="${src}" alt="" /> Ảnh hội nghị số ${i}[/caption]\n` +
    `Đoạn thứ hai, với <a href="https://chodon.example.vn/${year}/${month}/01/bai-${i - 1}/">bài trước</a>.\n\n` +
    "Đoạn cuối cùng của bài viết, đủ dài để giống một tin thật của huyện." +
    (i % Math.max(1, Math.floor(COUNT / DOCUMENTS)) === 0 && i / Math.floor(COUNT / DOCUMENTS) < DOCUMENTS
      ? `\n\nToàn văn: <a href="https://chodon.example.vn/wp-content/uploads/${year}/${month}/van-ban-${i}.pdf">văn bản số ${i}</a>.`
      : "");
  if (body.includes(`van-ban-${i}.pdf`)) {
    const dir = path.join(WORK, "uploads", String(year), month);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, `van-ban-${i}.pdf`), pdf);
  }
  items.push(
    x("item", [
      x("title", `Hội nghị số ${i} &#8211; xã ${i % 20}`),
      x("link", `https://chodon.example.vn/${year}/${month}/01/bai-${i}/`),
      x("dc:creator", [cdata("bantuyengiao")]),
      x("content:encoded", [cdata(body)]),
      x("excerpt:encoded", [cdata("")]),
      x("wp:post_id", String(i + 1)),
      x("wp:post_date", [cdata(`${year}-${month}-01 08:00:00`)]),
      x("wp:post_date_gmt", [cdata(`${year}-${month}-01 01:00:00`)]),
      x("wp:post_modified_gmt", [cdata(`${year}-${month}-01 01:00:00`)]),
      x("wp:post_name", [cdata(`h%e1%bb%99i-ngh%e1%bb%8b-s%e1%bb%91-${i}`)]),
      x("wp:status", [cdata(i % 10 === 9 ? "draft" : "publish")]),
      x("wp:post_parent", "0"),
      x("wp:post_type", [cdata("post")]),
      x("category", { domain: "category", nicename: i % 2 ? "dan-van" : "xay-dung-dang" }, [
        cdata("Dân vận"),
      ]),
      x("category", { domain: "post_tag", nicename: `xa-${i % 20}` }, [cdata(`Xã ${i % 20}`)]),
    ]),
  );
}
for (let p = 0; p < PAGES; p++) {
  const id = 1_000_000 + p;
  const parent = p % 10 === 0 ? 0 : 1_000_000 + p - (p % 10);
  items.push(
    x("item", [
      x("title", `Trang ${p}`),
      x("link", `https://chodon.example.vn/?page_id=${id}`),
      x("content:encoded", [cdata(`<p>Nội dung trang ${p}.</p>\n\nĐoạn thứ hai của trang.`)]),
      x("excerpt:encoded", [cdata("")]),
      x("wp:post_id", String(id)),
      x("wp:post_date_gmt", [cdata("2019-01-01 01:00:00")]),
      x("wp:post_name", [cdata(`trang-${p}`)]),
      x("wp:status", [cdata("publish")]),
      x("wp:post_parent", String(parent)),
      x("wp:menu_order", String(p % 10)),
      x("wp:post_type", [cdata("page")]),
    ]),
  );
}
const tree = x(null, [
  { type: "instruction" as const, name: "xml", value: 'version="1.0" encoding="UTF-8"' },
  x(
    "rss",
    {
      version: "2.0",
      "xmlns:excerpt": "http://wordpress.org/export/1.2/excerpt/",
      "xmlns:content": "http://purl.org/rss/1.0/modules/content/",
      "xmlns:dc": "http://purl.org/dc/elements/1.1/",
      "xmlns:wp": "http://wordpress.org/export/1.2/",
    },
    [
      x("channel", [
        x("title", "Huyện ủy Chợ Đồn"),
        x("link", "https://chodon.example.vn"),
        x("wp:wxr_version", "1.2"),
        x("wp:base_site_url", "https://chodon.example.vn"),
        ...items,
      ]),
    ],
  ),
]);
const exportFile = path.join(WORK, "export.xml");
fs.writeFileSync(exportFile, toXml(tree));
console.log(`export: ${COUNT} posts, ${(fs.statSync(exportFile).size / 1e6).toFixed(1)} MB`);

const run = spawnSync(
  "/usr/bin/time",
  [
    "-f",
    "TIME %e %M",
    "node",
    "--import",
    "tsx",
    "scripts/import-wordpress.ts",
    exportFile,
    "--uploads",
    path.join(WORK, "uploads"),
  ],
  {
    env: { ...process.env, CONTENT_DIR: path.join(WORK, "content"), PUBLIC_DIR: path.join(WORK, "public") },
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  },
);
const [, seconds, kilobytes] = /TIME ([\d.]+) (\d+)/.exec(run.stderr) ?? [];
if (run.status !== 0 || !seconds) throw new Error(`import failed: ${run.stderr.slice(-2000)}`);
const results = {
  posts: COUNT,
  seconds: Number(seconds),
  peakMB: Math.round(Number(kilobytes) / 1024),
  exportMB: Number((fs.statSync(exportFile).size / 1e6).toFixed(1)),
  pages: Number(/^Trang: (\d+)/m.exec(run.stdout)?.[1] ?? 0),
  documentsCopied: Number(/Tệp văn bản đã chép \(public\/files\/\): (\d+)/.exec(run.stdout)?.[1] ?? 0),
  articles: Number(/^Bài viết: (\d+)/m.exec(run.stdout)?.[1]),
  photosCopied: Number(/Ảnh đã chép: (\d+)/.exec(run.stdout)?.[1]),
  redirects: Number(/chuyển hướng: (\d+)/.exec(run.stdout)?.[1]),
};
const env = {
  ...process.env,
  CONTENT_DIR: path.join(WORK, "content"),
  PUBLIC_DIR: path.join(WORK, "public"),
};
const check = spawnSync("node", ["--import", "tsx", "scripts/content-check.ts"], {
  env,
  encoding: "utf8",
  maxBuffer: 256 * 1024 * 1024,
});
Object.assign(results, {
  contentCheck:
    check.status === 0
      ? "passes"
      : `fails: ${check.stdout
          .split("\n")
          .filter((l) => l.startsWith("LỖI"))
          .slice(0, 3)
          .join(" / ")}`,
});
if (process.env.BUILD) {
  // The build folder tsconfig.json already lists, so that the build does not rewrite it.
  const build = spawnSync("npx", ["next", "build"], {
    env: { ...env, NEXT_DIST_DIR: ".next-bench" },
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  Object.assign(results, { build: build.status === 0 ? "passes" : "fails" });
  fs.rmSync(".next-bench", { recursive: true, force: true });
}
console.log(JSON.stringify(results, null, 2));
fs.mkdirSync("bench-results", { recursive: true });
fs.writeFileSync("bench-results/import.json", JSON.stringify(results, null, 2));
