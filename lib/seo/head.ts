/**
 * What goes in a page's `<head>`, as plain data: the title (with the site's
 * name after it), the description, one absolute canonical URL (from
 * SITE_URL), Open Graph and Twitter cards, and the RSS alternate link.
 * `components/PageHead.tsx` writes it out.
 */
import type { Article, SiteConfig } from "../content/schema";
import { toIsoVietnam } from "../dates";
import { routes } from "../routes";
import { absoluteUrl } from "../site-url";

export interface HeadImage {
  /** Absolute. */
  url: string;
  width: number;
  height: number;
  alt: string;
}

/**
 * Dublin Core (DCMI terms as `<meta name="DC.…">`, the elements Vietnamese public bodies' portals publish): title,
 * creator, date, description, identifier (the page's URL, or a document's number), language, publisher, type.
 */
export interface DublinCore {
  title: string;
  creator: string;
  /** YYYY-MM-DD, Vietnam time. */
  date: string;
  description: string;
  identifier: string;
  language: string;
  publisher: string;
  /** DCMI type (`Text`), or a document's kind (`Nghị quyết`). */
  type: string;
}

export interface HeadData {
  title: string;
  description: string;
  siteName: string;
  /** Absolute; `null` for a page with no address of its own (not found). */
  canonical: string | null;
  rss: { href: string; title: string };
  noindex: boolean;
  /** On articles, documents and pages. */
  dublinCore: DublinCore | null;
  openGraph: {
    type: "website" | "article";
    /** The page's own title (Open Graph and Twitter cards). */
    title: string;
    url: string | null;
    image: HeadImage;
    article: {
      publishedTime: string;
      modifiedTime: string;
      section: string;
      tags: string[];
      authors: string[];
    } | null;
  };
}

export interface PageHeadOptions {
  site: SiteConfig;
  /** The page's own title, without the site name; omit for the home page. */
  title?: string;
  description?: string;
  /** The page's path; `null` for none. */
  path: string | null;
  image?: HeadImage;
  noindex?: boolean;
  /** Dublin Core for content pages (articles, documents, pages): what differs from the page's own head. */
  dublinCore?: Partial<Omit<DublinCore, "date">> & { date: Date };
  /** Another feed than the site's: the documents'. */
  rss?: { href: string; title: string };
}

/**
 * The canonical form of a path: absolute, and the home page without its trailing slash (as search engines and
 * the earlier site wrote it).
 */
function canonicalUrl(path: string): string {
  const url = absoluteUrl(path);
  return path === routes.home() ? url.replace(/\/$/, "") : url;
}

export function defaultShareImage(site: SiteConfig): HeadImage {
  return { url: absoluteUrl(routes.shareImage()), width: 1200, height: 630, alt: site.name };
}

/** An article's share image: its cover, or the one generated from its title. */
export function articleShareImage(article: Article): HeadImage {
  return article.cover
    ? {
        url: absoluteUrl(article.cover.src),
        width: article.cover.width,
        height: article.cover.height,
        alt: article.cover.alt,
      }
    : {
        url: absoluteUrl(routes.articleShareImage(article.slug)),
        width: 1200,
        height: 630,
        alt: article.title,
      };
}

export function pageHead({
  site,
  title,
  description,
  path,
  image,
  noindex = false,
  dublinCore,
  rss,
}: PageHeadOptions): HeadData {
  const url = path === null ? null : canonicalUrl(path);
  return {
    title: title ? `${title} | ${site.name}` : site.name,
    description: description ?? site.description,
    siteName: site.name,
    canonical: url,
    rss: rss ?? { href: absoluteUrl(routes.feed()), title: site.name },
    noindex,
    dublinCore: dublinCore
      ? {
          title: title ?? site.name,
          creator: site.organization,
          description: description ?? site.description,
          identifier: url ?? "",
          language: "vi",
          publisher: site.organization,
          type: "Text",
          ...dublinCore,
          date: toIsoVietnam(dublinCore.date).slice(0, 10),
        }
      : null,
    openGraph: {
      type: "website",
      title: title ?? site.name,
      url,
      image: image ?? defaultShareImage(site),
      article: null,
    },
  };
}

export function articleHead(site: SiteConfig, article: Article): HeadData {
  const head = pageHead({
    site,
    title: article.title,
    description: article.summary,
    path: routes.article(article.slug),
    image: articleShareImage(article),
    dublinCore: { date: article.date, creator: article.author ?? site.organization },
  });
  return {
    ...head,
    openGraph: {
      ...head.openGraph,
      type: "article",
      article: {
        publishedTime: toIsoVietnam(article.date),
        modifiedTime: toIsoVietnam(article.updated ?? article.date),
        section: article.category.name,
        tags: article.tags.map((t) => t.name),
        authors: article.author ? [article.author] : [],
      },
    },
  };
}
