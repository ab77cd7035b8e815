import type { DocumentCard, DocumentsPageData } from "@/lib/document-data";
import { vi } from "@/lib/i18n/vi";
import { routes } from "@/lib/routes";
import { ArticleDate } from "./ArticleDate";
import { Breadcrumbs } from "./Breadcrumbs";
import { PageHead } from "./PageHead";
import { Pagination } from "./Pagination";
import { SiteLink } from "./SiteLink";

/** A document in a list: its kind and number, its summary, date, issuer and whether it is in effect. */
export function DocumentItem({ document }: { document: DocumentCard }) {
  return (
    <li className="document-item">
      <p className="document-number">
        {document.type.name} số {document.number}
      </p>
      <h2 className="document-title">
        <SiteLink href={routes.document(document.slug)}>{document.title}</SiteLink>
      </h2>
      <p className="document-meta">
        <ArticleDate date={document.issued} short /> · {document.issuer}
        {document.status !== "inEffect" && (
          <>
            {" · "}
            <span className={`document-status document-status-${document.status}`}>
              {vi.documentStatus[document.status]}
            </span>
          </>
        )}
      </p>
    </li>
  );
}

/**
 * The document library: a filter form that works without JavaScript (GET: `loai`, `co-quan`, `nam`), the documents
 * newest first, and pages of them.
 */
export function DocumentsView({ data }: { data: DocumentsPageData }) {
  const { filter, options } = data;
  const filtered = Boolean(filter.type || filter.issuer || filter.year);
  return (
    <>
      <PageHead head={data.head} />
      <Breadcrumbs trail={[{ name: vi.documentsTitle }]} />
      <section aria-labelledby="tieu-de-van-ban" className="documents">
        <h1 id="tieu-de-van-ban" className="section-title">
          {vi.documentsTitle}
          {data.totalPages > 1 && <span className="page-of"> · {vi.pageOf(data.page, data.totalPages)}</span>}
        </h1>
        <p className="listing-description">{vi.documentsIntro}</p>
        <form method="get" action={routes.documents()} className="document-filter">
          <p>
            <label htmlFor="loc-loai">{vi.documentType}</label>
            <select id="loc-loai" name="loai" defaultValue={filter.type ?? ""}>
              <option value="">{vi.all}</option>
              {options.types.map((type) => (
                <option key={type.slug} value={type.slug}>
                  {type.name} ({type.count})
                </option>
              ))}
            </select>
          </p>
          <p>
            <label htmlFor="loc-co-quan">{vi.documentIssuer}</label>
            <select id="loc-co-quan" name="co-quan" defaultValue={filter.issuer ?? ""}>
              <option value="">{vi.all}</option>
              {options.issuers.map((issuer) => (
                <option key={issuer.slug} value={issuer.slug}>
                  {issuer.name} ({issuer.count})
                </option>
              ))}
            </select>
          </p>
          <p>
            <label htmlFor="loc-nam">{vi.documentYear}</label>
            <select id="loc-nam" name="nam" defaultValue={filter.year ? String(filter.year) : ""}>
              <option value="">{vi.all}</option>
              {options.years.map(({ year, count }) => (
                <option key={year} value={String(year)}>
                  {year} ({count})
                </option>
              ))}
            </select>
          </p>
          <p className="document-filter-actions">
            <button type="submit" className="button">
              {vi.filter}
            </button>
            {filtered && <SiteLink href={routes.documents()}>{vi.clearFilter}</SiteLink>}
          </p>
        </form>
        <p className="search-count" role="status">
          {vi.documentCount(data.total)}
        </p>
        {data.items.length ? (
          <ol className="document-list">
            {data.items.map((document) => (
              <DocumentItem key={document.slug} document={document} />
            ))}
          </ol>
        ) : (
          <p className="empty">{vi.noDocuments}</p>
        )}
        <Pagination page={data.page} totalPages={data.totalPages} href={(n) => routes.documents(filter, n)} />
      </section>
    </>
  );
}
