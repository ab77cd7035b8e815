/**
 * Structured data (schema.org JSON-LD) for articles and the home page, and
 * its safe serialization inside a `<script>` element.
 */
import type { Article, ArticleImage, SiteConfig } from "../content/schema";
import { toIsoVietnam } from "../dates";
import { vi } from "../i18n/vi";
import { routes } from "../routes";

type Json = string | number | boolean | null | Json[] | { [key: string]: Json | undefined };
export type JsonLd = { [key: string]: Json | undefined };

/** `JSON.stringify` with `<` escaped: no `</script>` or `<!--` can end the script element early. */
export function serializeJsonLd(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}

/** The publisher, with its logo: the configured one, else the site's generated share image (its name on the site's colours). */
function organization(site: SiteConfig, logo: ArticleImage | null, abs: (path: string) => string): JsonLd {
  const image = logo ?? { src: routes.shareImage(), width: 1200, height: 630 };
  return {
    "@type": "Organization",
    name: site.organization,
    url: abs(routes.home()),
    logo: { "@type": "ImageObject", url: abs(image.src), width: image.width, height: image.height },
  };
}

export interface JsonLdContext {
  site: SiteConfig;
  logo: ArticleImage | null;
  /** Absolute URL of a site path. */
  abs: (path: string) => string;
}

/** `NewsArticle` for an article page. `image` is the article's share image (its cover, or the generated one). */
export function newsArticleJsonLd(
  article: Article,
  image: string,
  { site, logo, abs }: JsonLdContext,
): JsonLd {
  const url = abs(routes.article(article.slug));
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: article.title,
    description: article.summary,
    image: [image],
    datePublished: toIsoVietnam(article.date),
    dateModified: toIsoVietnam(article.updated ?? article.date),
    author: article.author ? { "@type": "Person", name: article.author } : organization(site, logo, abs),
    publisher: organization(site, logo, abs),
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    url,
    articleSection: article.category.name,
    keywords: article.tags.map((t) => t.name).join(", "),
    inLanguage: "vi",
  };
}

export function breadcrumbJsonLd(
  trail: { name: string; path: string }[],
  abs: (path: string) => string,
): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: [{ name: vi.home, path: routes.home() }, ...trail].map((item, i) => ({
      "@type": "ListItem",
      position: i + 1,
      name: item.name,
      item: abs(item.path),
    })),
  };
}

/** `WebSite` with a search action, and the `Organization`, for the home page. */
export function homeJsonLd({ site, logo, abs }: JsonLdContext): JsonLd[] {
  return [
    {
      "@context": "https://schema.org",
      "@type": "WebSite",
      name: site.name,
      description: site.description,
      url: abs(routes.home()),
      inLanguage: "vi",
      potentialAction: {
        "@type": "SearchAction",
        target: { "@type": "EntryPoint", urlTemplate: `${abs(routes.search())}?q={search_term_string}` },
        "query-input": "required name=search_term_string",
      },
    },
    { "@context": "https://schema.org", ...organization(site, logo, abs) },
  ];
}
