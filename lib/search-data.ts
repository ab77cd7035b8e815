/**
 * What the search page shows (`/tim-kiem?q=…&trang=…`), from the content index as plain JSON values, like
 * lib/page-data.ts: articles, documents and pages found, each labelled with its kind.
 */
import type { ContentIndex } from "./content/content-index";
import { vi } from "./i18n/vi";
import { base, type PageBase } from "./page-base";
import { parsePageNumber } from "./pagination";
import { routes } from "./routes";
import { parseQuery } from "./search/query";
import type { SearchEntry, SearchHit } from "./search/search-index";

export interface SearchPageData extends PageBase {
  text: string;
  truncated: boolean;
  page: number;
  totalPages: number;
  /** `null` when nothing was asked. */
  total: number | null;
  hits: SearchHitData[];
}

/** One result of the search: an article, a document or a page, labelled with its kind. */
export interface SearchHitData {
  kind: SearchEntry["kind"];
  title: string;
  href: string;
  /** An ISO instant: an article's date, a document's date of issue; none for a page. */
  date: string | null;
  /** Beside the date: an article's category, a document's number and type, a page's parent. */
  label: { name: string; href?: string } | null;
  snippet: { text: string; match: boolean }[];
}

function searchHit({ entry, snippet }: SearchHit, content: ContentIndex): SearchHitData {
  switch (entry.kind) {
    case "article": {
      const { article } = entry;
      const { category } = article;
      return {
        kind: "article",
        title: article.title,
        href: routes.article(article.slug),
        date: article.date.toISOString(),
        label: { name: category.name, href: routes.category(category.slug) },
        snippet,
      };
    }
    case "document": {
      const { document } = entry;
      return {
        kind: "document",
        title: document.title,
        href: routes.document(document.slug),
        date: document.issued.toISOString(),
        label: { name: `${document.type.name} số ${document.number}` },
        snippet,
      };
    }
    case "page": {
      const { page } = entry;
      const parent = content.pages.ancestors(page.path).at(-1);
      return {
        kind: "page",
        title: page.title,
        href: routes.page(page.path),
        date: null,
        label: parent ? { name: parent.title, href: routes.page(parent.path) } : null,
        snippet,
      };
    }
  }
}

/**
 * The search page for the query string's `q` and `trang`. Without words to look for it is the search form, an
 * ordinary page of the site; results are not indexed (`noindex, follow`: search engines keep to the pages they
 * link to), and name the form as their canonical URL. `null` when that page of results does not exist (`trang`
 * that is not a page number, or past the last page), which is a 404 as a listing's is.
 */
export function searchPage(
  content: ContentIndex,
  q: unknown,
  trang: unknown,
  now: Date,
): SearchPageData | null {
  const query = parseQuery(q);
  const asked = trang === undefined ? 1 : typeof trang === "string" ? parsePageNumber(trang) : null;
  if (asked === null) return null;
  const page = asked;
  const pageSize = content.site.pageSize;
  const results = query.words.length
    ? content.search().search(query, { now, offset: (page - 1) * pageSize, limit: pageSize })
    : null;
  const totalPages = results ? Math.max(1, Math.ceil(results.total / pageSize)) : 1;
  if (page > totalPages) return null;
  return {
    ...base(content, now, {
      title: vi.searchTitle,
      path: routes.search(),
      noindex: results !== null,
    }),
    text: query.text,
    truncated: query.truncated,
    page,
    totalPages,
    total: results ? results.total : null,
    hits: (results?.hits ?? []).map((hit) => searchHit(hit, content)),
  };
}
