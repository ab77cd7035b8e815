import type { DocumentCard, DocumentPageData } from "@/lib/document-data";
import { vi } from "@/lib/i18n/vi";
import { routes } from "@/lib/routes";
import { ArticleBody } from "./ArticleBody";
import { ArticleDate } from "./ArticleDate";
import { Breadcrumbs } from "./Breadcrumbs";
import { JsonLd } from "./JsonLd";
import { PageHead } from "./PageHead";
import { SiteLink } from "./SiteLink";

const fileSize = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1).replace(".", ",")} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;

const name = (document: DocumentCard) => `${document.type.name} số ${document.number}`;

/** A document: its details as a table, its files to download, whether it is in effect, and its full text. */
export function DocumentView({ data }: { data: DocumentPageData }) {
  const { document, replacedBy, replaces } = data;
  const row = (label: string, value: React.ReactNode) => (
    <tr>
      <th scope="row">{label}</th>
      <td>{value}</td>
    </tr>
  );
  return (
    <>
      <PageHead head={data.head} />
      <JsonLd data={data.jsonLd} />
      <Breadcrumbs
        trail={[{ name: vi.documentsTitle, href: routes.documents() }, { name: name(document) }]}
      />
      <article className="document">
        <p className="article-category">
          <SiteLink href={routes.documents({ type: document.type.slug })}>{document.type.name}</SiteLink>
        </p>
        <h1>{name(document)}</h1>
        <p className="document-summary">{document.title}</p>
        {document.status !== "inEffect" && (
          <p className={`document-notice document-status-${document.status}`} role="note">
            {vi.documentStatus[document.status]}
            {replacedBy && (
              <>
                {": "}
                {vi.replacedByText}{" "}
                <SiteLink href={routes.document(replacedBy.slug)}>{name(replacedBy)}</SiteLink>
              </>
            )}
          </p>
        )}
        <table className="document-details">
          <caption className="visually-hidden">{vi.documentDetails}</caption>
          <tbody>
            {row(vi.documentNumber, document.number)}
            {row(vi.documentType, document.type.name)}
            {row(vi.documentIssuer, document.issuer)}
            {row(vi.documentIssued, <ArticleDate date={document.issued} short />)}
            {document.effective && row(vi.documentEffective, <ArticleDate date={document.effective} short />)}
            {document.expires && row(vi.documentExpires, <ArticleDate date={document.expires} short />)}
            {document.signer && row(vi.documentSigner, document.signer)}
            {row(vi.documentStatusLabel, vi.documentStatus[document.status])}
          </tbody>
        </table>
        <h2 className="section-title">{vi.documentFiles}</h2>
        <ul className="document-files">
          {document.files.map((file) => (
            <li key={file.src}>
              <a href={file.src} download={file.name}>
                {vi.download} {file.name}
              </a>{" "}
              <span className="document-file-info">
                ({file.format}, {fileSize(file.bytes)})
              </span>
            </li>
          ))}
        </ul>
        {replaces.length > 0 && (
          <p className="document-replaces">
            {vi.replacesText}{" "}
            {replaces.map((old, i) => (
              <span key={old.slug}>
                {i > 0 && ", "}
                <SiteLink href={routes.document(old.slug)}>{name(old)}</SiteLink>
              </span>
            ))}
            .
          </p>
        )}
        {document.html && (
          <>
            <h2 className="section-title">{vi.documentText}</h2>
            <ArticleBody html={document.html} />
          </>
        )}
      </article>
    </>
  );
}
