import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import { parseDocument } from "yaml";
import { loadContent } from "@/lib/content/load";

export const FIXTURE_PUBLIC = path.resolve(import.meta.dirname, "../fixtures/public");

export const SITE_YML = `name: Trang thử
description: Trang dùng cho kiểm thử.
organization: Cơ quan thử
categories:
  - slug: tin-tuc
    name: Tin tức
  - slug: dan-van
    name: Dân vận
`;

const made: string[] = [];
afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

/** Write a content folder: `files` maps paths under `articles/` to their text (or bytes). */
export function makeContent(
  files: Record<string, string | Uint8Array>,
  siteYml: string | null = SITE_YML,
): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "noi-dung-"));
  made.push(dir);
  if (siteYml !== null) fs.writeFileSync(path.join(dir, "site.yml"), siteYml);
  for (const [name, text] of Object.entries(files)) {
    const full = path.join(dir, "articles", name);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, text);
  }
  return dir;
}

/** A valid article's text, with front matter fields overridden (a `null` value removes the field). */
export function article(fields: Record<string, string | null> = {}, body = "Nội dung bài viết.\n"): string {
  const base: Record<string, string | null> = {
    title: "Bài thử",
    date: "2020-09-10",
    category: "tin-tuc",
    ...fields,
  };
  const lines = Object.entries(base)
    .filter(([, v]) => v !== null)
    .map(([k, v]) => `${k}: ${v}`);
  return `---\n${lines.join("\n")}\n---\n\n${body}`;
}

export function load(files: Record<string, string | Uint8Array>, siteYml?: string | null) {
  return loadContent({ contentDir: makeContent(files, siteYml), publicDir: FIXTURE_PUBLIC });
}

/**
 * The sample site.yml without its menu: for a content folder of its own (an import's), which has none of the sample
 * pages the menu names.
 */
export function siteWithoutMenu(): string {
  const doc = parseDocument(
    fs.readFileSync(path.resolve(import.meta.dirname, "../../content/site.yml"), "utf8"),
  );
  doc.delete("menu");
  return doc.toString();
}

// A committee's WordPress site, item by item, for the import's tests.

export const SITE = "https://chodon.example.vn";

/** One item of a WordPress export (WXR) for the import's tests: a post, a page or an attachment. */
export function wxrItem(fields: {
  id: number;
  type: "page" | "post" | "attachment";
  slug: string;
  title: string;
  parent?: number;
  order?: number;
  date?: string;
  status?: string;
  body?: string;
  link?: string;
  /** A post's categories, as `[nicename, name]`; default: Dân vận. */
  categories?: [string, string][];
  /** An attachment's file. */
  url?: string;
}) {
  const date = fields.date ?? "2020-09-10 01:00:00";
  return `<item>
    <title>${fields.title}</title>
    <link>${fields.link ?? `${SITE}/${fields.slug}/`}</link>
    <dc:creator><![CDATA[admin]]></dc:creator>
    <content:encoded><![CDATA[${fields.body ?? `<p>${fields.title}.</p>`}]]></content:encoded>
    <excerpt:encoded><![CDATA[]]></excerpt:encoded>
    <wp:post_id>${fields.id}</wp:post_id>
    <wp:post_date><![CDATA[${date}]]></wp:post_date>
    <wp:post_date_gmt><![CDATA[${date}]]></wp:post_date_gmt>
    <wp:post_name><![CDATA[${fields.slug}]]></wp:post_name>
    <wp:status><![CDATA[${fields.status ?? "publish"}]]></wp:status>
    <wp:post_parent>${fields.parent ?? 0}</wp:post_parent>
    <wp:menu_order>${fields.order ?? 0}</wp:menu_order>
    <wp:post_type><![CDATA[${fields.type}]]></wp:post_type>
    ${fields.url ? `<wp:attachment_url><![CDATA[${fields.url}]]></wp:attachment_url>` : ""}
    ${
      fields.type === "post"
        ? (fields.categories ?? [["dan-van", "Dân vận"]])
            .map(
              ([slug, name]) =>
                `<category domain="category" nicename="${slug}"><![CDATA[${name}]]></category>`,
            )
            .join("")
        : ""
    }
  </item>`;
}

/** A WordPress export (WXR) of these items. */
export const wxrExport = (items: string[]) => `<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
  xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Huyện ủy</title><link>${SITE}</link><wp:wxr_version>1.2</wp:wxr_version>
${items.join("\n")}
</channel></rss>`;
