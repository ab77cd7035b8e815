/**
 * Page metadata for the Metadata API: every page gets one absolute canonical
 * URL (resolved against `metadataBase`, from SITE_URL), Open Graph and
 * Twitter cards, and the RSS alternate link. Next.js merges metadata one key
 * deep, so each page states these in full through this helper.
 */
import type { Metadata } from "next";
import type { Article, SiteConfig } from "@/lib/content/schema";
import { toIsoVietnam } from "@/lib/dates";
import { routes } from "@/lib/routes";
import { feedPaths } from "@/lib/seo/feed";

interface Image {
  url: string;
  width: number;
  height: number;
  alt: string;
}

interface PageMeta {
  site: SiteConfig;
  /** Page title, without the site name (the layout's template adds it); omit for the home page. */
  title?: string;
  description?: string;
  path: string;
  image?: Image;
  noindex?: boolean;
  openGraph?: Record<string, unknown>;
}

export function defaultShareImage(site: SiteConfig): Image {
  return { url: routes.shareImage(), width: 1200, height: 630, alt: site.name };
}

/** The share image of an article: its cover, or the one generated from its title. */
export function articleShareImage(article: Article): Image {
  return article.cover
    ? {
        url: article.cover.src,
        width: article.cover.width,
        height: article.cover.height,
        alt: article.cover.alt,
      }
    : { url: routes.articleShareImage(article.slug), width: 1200, height: 630, alt: article.title };
}

export function pageMetadata({
  site,
  title,
  description,
  path,
  image,
  noindex,
  openGraph,
}: PageMeta): Metadata {
  const shown = image ?? defaultShareImage(site);
  return {
    ...(title ? { title } : {}),
    description: description ?? site.description,
    alternates: {
      canonical: path,
      types: { "application/rss+xml": [{ url: feedPaths.site(), title: site.name }] },
    },
    openGraph: {
      type: "website",
      siteName: site.name,
      locale: "vi_VN",
      url: path,
      title: title ?? site.name,
      description: description ?? site.description,
      images: [shown],
      ...openGraph,
    },
    twitter: {
      card: "summary_large_image",
      title: title ?? site.name,
      description: description ?? site.description,
      images: [shown.url],
    },
    ...(noindex ? { robots: { index: false, follow: true } } : {}),
  };
}

export function articleMetadata(site: SiteConfig, article: Article): Metadata {
  return pageMetadata({
    site,
    title: article.title,
    description: article.summary,
    path: routes.article(article.slug),
    image: articleShareImage(article),
    openGraph: {
      type: "article",
      publishedTime: toIsoVietnam(article.date),
      modifiedTime: toIsoVietnam(article.updated ?? article.date),
      section: article.category.name,
      tags: article.tags.map((t) => t.name),
      ...(article.author ? { authors: [article.author] } : {}),
    },
  });
}
