import type { ParsedQuery } from "@/lib/search/query";
import { MAX_QUERY_LENGTH } from "@/lib/search/query";
import type { SearchResults } from "@/lib/search/search-index";
import { vi } from "@/lib/i18n/vi";
import { routes } from "@/lib/routes";
import { ArticleDate } from "./ArticleDate";
import { Pagination } from "./Pagination";
import { SearchForm } from "./SearchForm";
import { SiteLink } from "./SiteLink";

interface Props {
  query: ParsedQuery;
  page: number;
  pageSize: number;
  results: SearchResults | null;
}

export function SearchView({ query, page, pageSize, results }: Props) {
  const totalPages = results ? Math.max(1, Math.ceil(results.total / pageSize)) : 1;
  return (
    <section className="search-page" aria-labelledby="tieu-de-tim-kiem">
      <h1 id="tieu-de-tim-kiem" className="section-title">
        {vi.searchTitle}
      </h1>
      <SearchForm id="tim-kiem-trang" defaultValue={query.text} className="search-form search-form-page" />
      {query.truncated && (
        <p className="notice" role="alert">
          {vi.searchTooLong(MAX_QUERY_LENGTH)}
        </p>
      )}
      {!results && <p className="empty">{vi.searchEmptyQuery}</p>}
      {results && results.total === 0 && <p className="empty">{vi.searchNoResults}</p>}
      {results && results.total > 0 && (
        <>
          <p className="search-count">
            {vi.searchResultsFor(results.total)} “<strong>{query.text}</strong>”
          </p>
          {results.hits.length === 0 && <p className="empty">{vi.searchPastLastPage}</p>}
          <ol className="search-results article-list">
            {results.hits.map(({ article, snippet }) => (
              <li key={article.slug} className="search-result">
                <h2 className="card-title">
                  <SiteLink href={routes.article(article.slug)}>{article.title}</SiteLink>
                </h2>
                <p className="card-meta">
                  <ArticleDate date={article.date} short /> ·{" "}
                  <SiteLink href={routes.category(article.category.slug)}>{article.category.name}</SiteLink>
                </p>
                <p className="search-snippet">
                  {snippet.map((part, i) =>
                    part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
                  )}
                </p>
              </li>
            ))}
          </ol>
          <Pagination
            page={Math.min(page, totalPages)}
            totalPages={totalPages}
            href={(n) => routes.search(query.text, n)}
          />
        </>
      )}
    </section>
  );
}
