/**
 * What every reader page's data has — the shell (header and footer) and the head — and articles as cards in a
 * list: the parts lib/page-data.ts builds each page from, as plain JSON values.
 */
import type { ContentIndex } from "./content/content-index";
import type { Article, ArticleImage, SiteConfig } from "./content/schema";
import { resolveMenu, type MenuEntry } from "./menu";
import { pageHead, type HeadData, type PageHeadOptions } from "./seo/head";

/** An article as a card in a list. `date` is an ISO instant. */
export interface CardData {
  slug: string;
  title: string;
  summary: string;
  date: string;
  draft: boolean;
  category: { slug: string; name: string };
  cover: ArticleImage | null;
}

/** What every page shows around its content: the header and the footer. `now` is an ISO instant. */
export interface ShellData {
  site: SiteConfig;
  logo: ArticleImage | null;
  now: string;
  /** The header's menu, resolved; null when site.yml has none (the header lists the categories). */
  menu: MenuEntry[] | null;
}

export interface PageBase {
  shell: ShellData;
  head: HeadData;
}

export function card(article: Article): CardData {
  return {
    slug: article.slug,
    title: article.title,
    summary: article.summary,
    date: article.date.toISOString(),
    draft: Boolean(article.draft),
    category: { slug: article.category.slug, name: article.category.name },
    cover: article.cover ?? null,
  };
}

export function shell(content: ContentIndex, now: Date): ShellData {
  return { site: content.site, logo: content.logo, now: now.toISOString(), menu: resolveMenu(content) };
}

/** The shell and the head of a page: `head` is the head itself, or what `pageHead` needs besides the site. */
export function base(
  content: ContentIndex,
  now: Date,
  head: HeadData | Omit<PageHeadOptions, "site">,
): PageBase {
  return {
    shell: shell(content, now),
    head: "openGraph" in head ? head : pageHead({ site: content.site, ...head }),
  };
}
