/**
 * What each item of a WordPress export becomes (lib/wordpress/wxr.ts reads it): the front matter of an article in
 * the editors' format, or a reason it is not an article. The body's conversion (HTML to Markdown) is separate.
 *
 *  - only posts are articles (pages are pages: lib/wordpress/pages.ts); attachments, menus and other types are
 *    skipped and counted;
 *  - published and scheduled (`future`) posts keep their date; drafts, pending and private posts come as drafts;
 *  - the slug is the decoded `post_name` (else the title) folded by the site's rules, unique among the imports;
 *  - the category is Yoast's primary one when set, else the first; the others become tags;
 *  - `updated` is the modification date when it is later than the date.
 */
import { parseContentDate } from "../dates";
import { MAX_TAGS } from "../content/schema";
import type { Problem } from "./report";
import { viImport } from "./vi";
import { slugify } from "../text";
import type { Wxr, WxrItem } from "./wxr";

export interface ImportedFields {
  /** The old post's id, for the report and the redirects. */
  id: number;
  slug: string;
  title: string;
  /** It had a password on the old site: imported as a draft, and reported. */
  protected?: boolean;
  date: Date;
  updated?: Date;
  /** The WordPress category, by slug and name (the site may not have it yet). */
  category: { slug: string; name: string } | null;
  tags: string[];
  author?: string;
  summary?: string;
  /** The featured image's attachment, when the post has one. */
  cover?: WxrItem;
  draft: boolean;
}

export type Skipped = { id: number; type: string; reason: "type" | "trash" | "no-date" };

const DRAFT_STATUSES = new Set(["draft", "pending", "private", "auto-draft"]);

/** A slug not yet taken: the folded name, else `-2`, `-3`… */
export function uniqueSlug(base: string, taken: Set<string>): string {
  let slug = base || "bai-viet";
  for (let n = 2; taken.has(slug); n++) slug = `${base || "bai-viet"}-${n}`;
  taken.add(slug);
  return slug;
}

/**
 * Each post's fields, or why an item is skipped. `taken` holds slugs already used (existing articles included);
 * `earlier` the slugs an earlier import gave posts (by id), which they keep.
 */
export function importedFields(
  wxr: Wxr,
  taken: Set<string> = new Set(),
  earlier: ReadonlyMap<number, string> = new Map(),
): { articles: ImportedFields[]; skipped: Skipped[] } {
  for (const slug of earlier.values()) taken.add(slug);
  const byId = new Map(wxr.items.map((item) => [item.id, item]));
  const categoryById = new Map(wxr.categories.map((category) => [category.id, category]));
  const articles: ImportedFields[] = [];
  const skipped: Skipped[] = [];
  for (const item of wxr.items) {
    // Pages are pages (lib/wordpress/pages.ts): not counted as skipped.
    if (item.type === "page") continue;
    if (item.type !== "post") {
      skipped.push({ id: item.id, type: item.type, reason: "type" });
      continue;
    }
    if (item.status === "trash") {
      skipped.push({ id: item.id, type: item.type, reason: "trash" });
      continue;
    }
    const date = item.date ?? parseContentDate(item.localDate);
    if (!date) {
      skipped.push({ id: item.id, type: item.type, reason: "no-date" });
      continue;
    }
    const categories = item.terms.filter((term) => term.domain === "category");
    const primaryId = Number(item.meta.get("_yoast_wpseo_primary_category"));
    const primarySlug = categoryById.get(primaryId)?.slug;
    const primary = categories.find((term) => term.slug === primarySlug) ?? categories[0] ?? null;
    const tagNames = [
      ...item.terms.filter((term) => term.domain === "post_tag").map((term) => term.name),
      ...categories.filter((term) => term !== primary).map((term) => term.name),
    ];
    const cover = byId.get(Number(item.meta.get("_thumbnail_id")));
    const author = wxr.authors.get(item.creator) ?? (item.creator || undefined);
    articles.push({
      id: item.id,
      slug: earlier.get(item.id) ?? uniqueSlug(slugify(item.name || item.title) || `bai-${item.id}`, taken),
      title: item.title.trim(),
      date,
      ...(item.modified && item.modified.getTime() > date.getTime() ? { updated: item.modified } : {}),
      category: primary ? { slug: slugify(primary.slug), name: primary.name } : null,
      tags: [...new Set(tagNames)].filter((name) => slugify(name)),
      ...(author ? { author } : {}),
      ...(item.excerpt ? { summary: item.excerpt } : {}),
      ...(cover?.type === "attachment" ? { cover } : {}),
      // A password-protected post was for the few who had its password: never made public here.
      draft: DRAFT_STATUSES.has(item.status) || item.password !== "",
      ...(item.password ? { protected: true } : {}),
    });
  }
  return { articles, skipped };
}

/**
 * What the site's check would refuse in a post, mended, and each mend said: a post without a title gets one, more
 * tags than allowed are cut; a password-protected post (imported as a draft) is told too.
 */
export function mended(article: ImportedFields): { title: string; tags: string[]; problems: Problem[] } {
  const problems: Problem[] = [];
  let title = article.title;
  if (!title) {
    title = viImport.untitled(article.id);
    problems.push({ kind: "untitled", title });
  }
  if (article.tags.length > MAX_TAGS)
    problems.push({ kind: "tags-dropped", names: article.tags.slice(MAX_TAGS) });
  if (article.protected) problems.push({ kind: "protected" });
  return { title, tags: article.tags.slice(0, MAX_TAGS), problems };
}
