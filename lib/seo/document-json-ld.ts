/**
 * Structured data for a document of the library (văn bản): schema.org `DigitalDocument`.
 *
 * Why not `Legislation`: that type is for a state's legal acts (what vbpl.vn publishes), and carries their legal
 * force (`legislationLegalForce`). A Party committee's resolutions, directives, plans, reports and study materials
 * bind its members, not the public under state law, and many of them (a report, a plan, a study document) are no
 * legal act at all; claiming so would mislead. `DigitalDocument` (a CreativeWork) says exactly what the page is: a
 * document, identified by its number and symbol (`identifier`, a `PropertyValue`), issued on a date
 * (`dateCreated`, and `datePublished`), by a body (`author`, an `Organization`), of a kind (`genre`), signed by
 * someone (`contributor`), with its files (`encoding`, `MediaObject`s), valid until `expires`. What replaces it is
 * said in words on the page: schema.org has no property for it outside `Legislation`.
 */
import type { Document } from "../content/document-schema";
import type { SiteConfig } from "../content/schema";
import { toIsoVietnam } from "../dates";
import { routes } from "../routes";
import type { JsonLd } from "./json-ld";

const MIME: Readonly<Record<string, string>> = {
  pdf: "application/pdf",
  doc: "application/msword",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xls: "application/vnd.ms-excel",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  odt: "application/vnd.oasis.opendocument.text",
  ods: "application/vnd.oasis.opendocument.spreadsheet",
};

export function mimeTypeOf(src: string): string {
  return MIME[/\.([a-z0-9]+)$/i.exec(src)?.[1]?.toLowerCase() ?? ""] ?? "application/octet-stream";
}

export function documentJsonLd(document: Document, site: SiteConfig, abs: (path: string) => string): JsonLd {
  const url = abs(routes.document(document.slug));
  const day = (date: Date) => toIsoVietnam(date).slice(0, 10);
  return {
    "@context": "https://schema.org",
    "@type": "DigitalDocument",
    name: `${document.type.name} số ${document.number}`,
    headline: document.title,
    description: document.title,
    identifier: { "@type": "PropertyValue", propertyID: "Số, ký hiệu", value: document.number },
    genre: document.type.name,
    author: { "@type": "Organization", name: document.issuer.name },
    publisher: { "@type": "Organization", name: site.organization, url: abs(routes.home()) },
    ...(document.signer ? { contributor: { "@type": "Person", name: document.signer } } : {}),
    dateCreated: day(document.issued),
    datePublished: day(document.issued),
    ...(document.expires ? { expires: day(document.expires) } : {}),
    inLanguage: "vi",
    url,
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    encoding: document.files.map((file) => ({
      "@type": "MediaObject",
      contentUrl: abs(file.src),
      encodingFormat: mimeTypeOf(file.src),
      contentSize: `${file.bytes} B`,
    })),
  };
}
