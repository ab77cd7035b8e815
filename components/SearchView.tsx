import type { SearchPageData } from "@/lib/page-data";
import { MAX_QUERY_LENGTH } from "@/lib/search/query";
import { vi } from "@/lib/i18n/vi";
import { routes } from "@/lib/routes";
import { ArticleDate } from "./ArticleDate";
import { PageHead } from "./PageHead";
import { Pagination } from "./Pagination";
import { SearchForm } from "./SearchForm";
import { SiteLink } from "./SiteLink";

export function SearchView({ data }: { data: SearchPageData }) {
  const { text, total, hits } = data;
  return (
    <section className="search-page" aria-labelledby="tieu-de-tim-kiem">
      <PageHead head={data.head} />
      <h1 id="tieu-de-tim-kiem" className="section-title">
        {vi.searchTitle}
      </h1>
      <SearchForm id="tim-kiem-trang" defaultValue={text} className="search-form search-form-page" />
      {data.truncated && (
        <p className="notice" role="alert">
          {vi.searchTooLong(MAX_QUERY_LENGTH)}
        </p>
      )}
      {total === null && <p className="empty">{vi.searchEmptyQuery}</p>}
      {total === 0 && <p className="empty">{vi.searchNoResults}</p>}
      {total !== null && total > 0 && (
        <>
          <p className="search-count">
            {vi.searchResultsFor(total)} “<strong>{text}</strong>”
          </p>
          <ol className="search-results article-list">
            {hits.map(({ kind, title, href, date, label, snippet }) => (
              <li key={href} className="search-result">
                <h2 className="card-title">
                  <SiteLink href={href}>{title}</SiteLink>
                </h2>
                <p className="card-meta">
                  <span className={`search-kind search-kind-${kind}`}>{vi.searchKinds[kind]}</span>
                  {date && (
                    <>
                      {" · "}
                      <ArticleDate date={date} short />
                    </>
                  )}
                  {label && (
                    <>
                      {" · "}
                      {label.href ? <SiteLink href={label.href}>{label.name}</SiteLink> : label.name}
                    </>
                  )}
                </p>
                <p className="search-snippet">
                  {snippet.map((part, i) =>
                    part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
                  )}
                </p>
              </li>
            ))}
          </ol>
          <Pagination page={data.page} totalPages={data.totalPages} href={(n) => routes.search(text, n)} />
        </>
      )}
    </section>
  );
}
