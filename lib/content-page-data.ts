/**
 * What a page of content/pages/ shows (`/gioi-thieu`, `/gioi-thieu/lich-su-dang-bo`), from the content index as
 * plain JSON values, like lib/page-data.ts: the page, the trail through its parents, its children.
 */
import type { ContentIndex } from "./content/content-index";
import type { Page } from "./content/page-schema";
import { base, type PageBase } from "./page-base";
import { routes } from "./routes";
import { breadcrumbJsonLd, type JsonLd } from "./seo/json-ld";
import { absoluteUrl } from "./site-url";

export interface PageLink {
  path: string;
  title: string;
  summary: string;
}

export interface ContentPageData extends PageBase {
  page: {
    path: string;
    title: string;
    html: string;
    lang: Page["lang"];
    updated: string | null;
  };
  /** The pages above it, the top first. */
  trail: PageLink[];
  children: PageLink[];
  jsonLd: JsonLd[];
}

const link = (page: Page): PageLink => ({ path: page.path, title: page.title, summary: page.summary });

export function contentPage(content: ContentIndex, path: string, now: Date): ContentPageData | null {
  const page = content.pages.get(path);
  if (!page) return null;
  const trail = content.pages.ancestors(path).map(link);
  return {
    ...base(content, now, {
      title: page.title,
      description: page.summary || undefined,
      path: routes.page(page.path),
      // A page without `updated` is dated the day it is shown: it says how things stand now.
      dublinCore: { date: page.updated ?? now, language: page.lang },
    }),
    page: {
      path: page.path,
      title: page.title,
      html: page.html,
      lang: page.lang,
      updated: page.updated?.toISOString() ?? null,
    },
    trail,
    children: content.pages.children(path).map(link),
    jsonLd: [
      breadcrumbJsonLd(
        [...trail, link(page)].map((item) => ({ name: item.title, path: routes.page(item.path) })),
        absoluteUrl,
      ),
    ],
  };
}
