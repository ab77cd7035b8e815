/**
 * What the document library's pages show (`/van-ban`, `/van-ban/<slug>`), from the content index as plain JSON
 * values, like lib/page-data.ts. The library is filtered by the query string (`loai`, `co-quan`, `nam`) and paged
 * by `trang`; a value that names nothing, or a page past the last, is no page (404), as a listing's is.
 */
import type { ContentIndex } from "./content/content-index";
import type { DocumentStatus } from "./content/document-library";
import type { Document } from "./content/document-schema";
import { vi } from "./i18n/vi";
import { base, type PageBase } from "./page-base";
import { parsePageNumber } from "./pagination";
import { routes, type DocumentFilter } from "./routes";
import { documentJsonLd } from "./seo/document-json-ld";
import { breadcrumbJsonLd, type JsonLd } from "./seo/json-ld";
import { absoluteUrl } from "./site-url";

/** A document in a list. Dates are ISO instants. */
export interface DocumentCard {
  slug: string;
  title: string;
  number: string;
  type: { slug: string; name: string };
  issuer: string;
  issued: string;
  status: DocumentStatus;
}

export interface DocumentsPageData extends PageBase {
  filter: DocumentFilter;
  /** What the filter form offers, each with how many documents it has. */
  options: {
    types: { slug: string; name: string; count: number }[];
    issuers: { slug: string; name: string; count: number }[];
    years: { year: number; count: number }[];
  };
  items: DocumentCard[];
  total: number;
  page: number;
  totalPages: number;
}

export interface DocumentPageData extends PageBase {
  document: DocumentCard & {
    signer: string | null;
    effective: string | null;
    expires: string | null;
    files: { src: string; format: string; bytes: number; name: string }[];
    html: string;
  };
  replacedBy: DocumentCard | null;
  replaces: DocumentCard[];
  jsonLd: JsonLd[];
}

function documentCard(content: ContentIndex, document: Document, now: Date): DocumentCard {
  return {
    slug: document.slug,
    title: document.title,
    number: document.number,
    type: { slug: document.type.slug, name: document.type.name },
    issuer: document.issuer.name,
    issued: document.issued.toISOString(),
    status: content.documents.status(document, now),
  };
}

const single = (value: unknown): string | undefined => {
  const text = Array.isArray(value) ? value[0] : value;
  return typeof text === "string" && text !== "" ? text : undefined;
};

/** The filter a query string asks for, or null when a value names no type, issuer or year of the library. */
export function documentFilter(content: ContentIndex, query: Record<string, unknown>): DocumentFilter | null {
  const type = single(query.loai);
  const issuer = single(query["co-quan"]);
  const yearText = single(query.nam);
  const { site } = content;
  if (type !== undefined && !site.documentTypes.some((t) => t.slug === type)) return null;
  if (issuer !== undefined && !site.issuers.some((i) => i.slug === issuer)) return null;
  if (yearText !== undefined && !/^\d{4}$/.test(yearText)) return null;
  return {
    ...(type ? { type } : {}),
    ...(issuer ? { issuer } : {}),
    ...(yearText ? { year: Number(yearText) } : {}),
  };
}

export function documentsPage(
  content: ContentIndex,
  query: Record<string, unknown>,
  now: Date,
): DocumentsPageData | null {
  const filter = documentFilter(content, query);
  const pageText = single(query.trang);
  const page = pageText === undefined ? 1 : parsePageNumber(pageText);
  if (!filter || page === null) return null;
  const list = content.documents.filter(filter);
  const size = content.site.pageSize;
  const totalPages = Math.max(1, Math.ceil(list.length / size));
  if (page > totalPages) return null;
  const { site, documents } = content;
  const named = [
    filter.type && site.documentTypes.find((t) => t.slug === filter.type)?.name,
    filter.issuer && site.issuers.find((i) => i.slug === filter.issuer)?.name,
    filter.year && vi.documentsYear(filter.year),
  ].filter(Boolean);
  const title = named.length ? `${vi.documentsTitle}: ${named.join(", ")}` : vi.documentsTitle;
  return {
    ...base(content, now, {
      title: page > 1 ? `${title} – ${vi.pageLabel(page)}` : title,
      description: vi.documentsIntro,
      path: routes.documents(filter, page),
      rss: { href: absoluteUrl(routes.documentsFeed()), title: `${vi.documentsTitle} – ${site.name}` },
    }),
    filter,
    options: {
      types: site.documentTypes.map((t) => ({ ...t, count: documents.countOf("type", t.slug) })),
      issuers: site.issuers.map((i) => ({ ...i, count: documents.countOf("issuer", i.slug) })),
      years: documents.years(),
    },
    items: list.slice((page - 1) * size, page * size).map((d) => documentCard(content, d, now)),
    total: list.length,
    page,
    totalPages,
  };
}

export function documentPage(content: ContentIndex, slug: string, now: Date): DocumentPageData | null {
  const document = content.documents.get(slug);
  if (!document) return null;
  const path = routes.document(slug);
  const name = `${document.type.name} số ${document.number}`;
  const replacedBy = document.replacedBy ? content.documents.get(document.replacedBy) : null;
  return {
    ...base(content, now, {
      title: `${name}: ${document.title}`,
      description: `${name} của ${document.issuer.name}: ${document.title}`,
      path,
      rss: {
        href: absoluteUrl(routes.documentsFeed()),
        title: `${vi.documentsTitle} – ${content.site.name}`,
      },
      dublinCore: {
        date: document.issued,
        creator: document.issuer.name,
        identifier: document.number,
        type: document.type.name,
        description: document.title,
      },
    }),
    document: {
      ...documentCard(content, document, now),
      signer: document.signer ?? null,
      effective: document.effective?.toISOString() ?? null,
      expires: document.expires?.toISOString() ?? null,
      files: document.files.map((file) => ({ ...file, name: file.src.split("/").at(-1)! })),
      html: document.html,
    },
    replacedBy: replacedBy ? documentCard(content, replacedBy, now) : null,
    replaces: content.documents.replaces(slug).map((d) => documentCard(content, d, now)),
    jsonLd: [
      documentJsonLd(document, content.site, absoluteUrl),
      breadcrumbJsonLd(
        [
          { name: vi.documentsTitle, path: routes.documents() },
          { name, path },
        ],
        absoluteUrl,
      ),
    ],
  };
}
