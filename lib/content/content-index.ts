/**
 * The content index: built once from the loaded articles, it answers every
 * question the site asks in O(1) or O(log N).
 *
 * Articles are kept newest first (date descending, slug ascending on equal
 * dates). Articles dated in the future are held in the index but stay
 * invisible until their time: since they sort first, the visible ones are
 * always a suffix of each list, found by binary search on `now`.
 */
import { vietnamYearMonth } from "../dates";
import { SearchIndex } from "../search/search-index";
import { DocumentLibrary } from "./document-library";
import type { Document } from "./document-schema";
import { PageTree } from "./page-tree";
import type { Page } from "./page-schema";
import type { Article, ArticleImage, Category, SiteConfig, Tag } from "./schema";
import { siteNow } from "../clock";
import { ArticleList } from "./article-list";

export { ArticleList } from "./article-list";

export interface Neighbours {
  /** The previous article: the next older one ("Bài trước"). */
  older: Article | null;
  /** The next article: the next newer one ("Bài tiếp theo"). */
  newer: Article | null;
}

export interface TagEntry {
  tag: Tag;
  articles: ArticleList;
}

export interface ArchiveMonth {
  year: number;
  month: number;
  /** Published articles that month. */
  count: number;
}

export function compareNewestFirst(a: Article, b: Article): number {
  return b.date.getTime() - a.date.getTime() || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
}

/** Index of the first article (newest first) dated at or before `now`. */
function firstVisible(list: readonly Article[], now: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]!.date.getTime() > now) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class ContentIndex {
  readonly site: SiteConfig;
  /** Every article in the index, newest first, future-dated included. */
  readonly all: readonly Article[];
  private readonly position = new Map<string, number>();
  private readonly categories = new Map<string, Article[]>();
  private readonly categoryBySlug: ReadonlyMap<string, Category>;
  private readonly tags = new Map<string, { tag: Tag; articles: Article[] }>();
  /** Articles by Vietnamese calendar month, keyed `year * 100 + month`, newest month first. */
  private readonly months = new Map<number, Article[]>();
  private readonly featured: Article[] = [];

  /** The site logo, measured, when site.yml names one. */
  readonly logo: ArticleImage | null;
  /** The pages of content/pages/, by address. */
  readonly pages: PageTree;
  /** The document library. */
  readonly documents: DocumentLibrary;

  constructor(
    site: SiteConfig,
    articles: readonly Article[],
    logo?: ArticleImage,
    { pages = [], documents = [] }: { pages?: readonly Page[]; documents?: readonly Document[] } = {},
  ) {
    this.site = site;
    this.logo = logo ?? null;
    this.pages = new PageTree(pages);
    this.documents = new DocumentLibrary(documents);
    this.all = [...articles].sort(compareNewestFirst);
    this.categoryBySlug = new Map(site.categories.map((c) => [c.slug, c]));
    for (const category of site.categories) this.categories.set(category.slug, []);
    this.all.forEach((article, i) => {
      this.position.set(article.slug, i);
      this.categories.get(article.category.slug)?.push(article);
      for (const tag of article.tags) {
        let entry = this.tags.get(tag.slug);
        if (!entry) this.tags.set(tag.slug, (entry = { tag, articles: [] }));
        entry.articles.push(article);
      }
      const { year, month } = vietnamYearMonth(article.date);
      const key = year * 100 + month;
      let inMonth = this.months.get(key);
      if (!inMonth) this.months.set(key, (inMonth = []));
      inMonth.push(article);
      if (article.featured) this.featured.push(article);
    });
  }

  private searchIndex: SearchIndex | null = null;

  /** The full-text search index of these articles, built on first use and kept with this index. */
  search(): SearchIndex {
    this.searchIndex ??= new SearchIndex(this.all, {
      pages: [...this.pages.all()],
      documents: this.documents.all,
      parents: (page) => this.pages.ancestors(page.path).map((parent) => parent.title),
    });
    return this.searchIndex;
  }

  private visible(list: readonly Article[], now: Date): ArticleList {
    return new ArticleList(list, firstVisible(list, now.getTime()));
  }

  /** Published articles, newest first. */
  latest(now: Date = siteNow()): ArticleList {
    return this.visible(this.all, now);
  }

  /** The article with this slug, if it is published at `now`. */
  article(slug: string, now: Date = siteNow()): Article | null {
    const i = this.position.get(slug);
    if (i === undefined) return null;
    const article = this.all[i]!;
    return article.date.getTime() <= now.getTime() ? article : null;
  }

  /** The older and newer neighbours of a published article across the whole site. */
  neighbours(slug: string, now: Date = siteNow()): Neighbours {
    const i = this.position.get(slug);
    if (i === undefined || this.all[i]!.date.getTime() > now.getTime()) return { older: null, newer: null };
    const newer = i > 0 ? this.all[i - 1]! : null;
    return {
      older: this.all[i + 1] ?? null,
      newer: newer && newer.date.getTime() <= now.getTime() ? newer : null,
    };
  }

  category(slug: string): Category | null {
    return this.categoryBySlug.get(slug) ?? null;
  }

  /** Published articles of a category, newest first; `null` for an unknown category. */
  inCategory(slug: string, now: Date = siteNow()): ArticleList | null {
    const list = this.categories.get(slug);
    return list ? this.visible(list, now) : null;
  }

  /** Every tag slug in the index. */
  tagSlugs(): IterableIterator<string> {
    return this.tags.keys();
  }

  /** Published articles with a tag, newest first; `null` when no article has it. */
  withTag(slug: string, now: Date = siteNow()): TagEntry | null {
    const entry = this.tags.get(slug);
    if (!entry) return null;
    const articles = this.visible(entry.articles, now);
    return articles.length ? { tag: entry.tag, articles } : null;
  }

  /** The home page's lead: the newest published article marked `featured`, else the newest article. */
  lead(now: Date = siteNow()): Article | null {
    return this.visible(this.featured, now).at(0) ?? this.latest(now).at(0) ?? null;
  }

  /** Months that have published articles, newest first, with their counts. */
  archive(now: Date = siteNow()): ArchiveMonth[] {
    const months: ArchiveMonth[] = [];
    for (const [key, list] of this.months) {
      const count = this.visible(list, now).length;
      if (count > 0) months.push({ year: Math.floor(key / 100), month: key % 100, count });
    }
    return months;
  }

  /** Published articles of a Vietnamese calendar month, newest first; `null` when there are none. */
  inMonth(year: number, month: number, now: Date = siteNow()): ArticleList | null {
    const list = this.months.get(year * 100 + month);
    if (!list) return null;
    const visible = this.visible(list, now);
    return visible.length ? visible : null;
  }

  /**
   * Related articles: the newest published articles sharing the category or
   * a tag, never the article itself, at most `max`. A merge of the
   * newest-first lists involved that stops after `max`: the cost does not
   * grow with the site. When fewer than `min` are related, the latest
   * articles fill the list up to `min`.
   */
  related(article: Article, { min = 3, max = 6 } = {}, now: Date = siteNow()): Article[] {
    const limit = max;
    const lists = [
      this.categories.get(article.category.slug),
      ...article.tags.map((t) => this.tags.get(t.slug)?.articles),
    ]
      .filter((list): list is Article[] => Boolean(list))
      .map((list) => this.visible(list, now));
    const cursors = lists.map(() => 0);
    const picked: Article[] = [];
    const seen = new Set<string>([article.slug]);
    while (picked.length < limit) {
      let best = -1;
      for (let i = 0; i < lists.length; i++) {
        const candidate = lists[i]!.at(cursors[i]!);
        if (candidate && (best < 0 || compareNewestFirst(candidate, lists[best]!.at(cursors[best]!)!) < 0))
          best = i;
      }
      if (best < 0) break;
      const next = lists[best]!.at(cursors[best]!)!;
      cursors[best]!++;
      if (!seen.has(next.slug)) {
        seen.add(next.slug);
        picked.push(next);
      }
    }
    const latest = this.latest(now);
    for (let i = 0; picked.length < min && i < latest.length; i++) {
      const next = latest.at(i)!;
      if (!seen.has(next.slug)) {
        seen.add(next.slug);
        picked.push(next);
      }
    }
    return picked;
  }
}
