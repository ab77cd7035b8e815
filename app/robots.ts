import type { MetadataRoute } from "next";
import { routes } from "@/lib/routes";
import { absoluteUrl } from "@/lib/site-url";

/** Crawling is allowed everywhere; search result pages say `noindex` themselves. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/" },
    sitemap: [absoluteUrl(routes.sitemap()), absoluteUrl(routes.newsSitemap())],
  };
}
