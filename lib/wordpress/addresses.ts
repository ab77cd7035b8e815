/**
 * The old site's addresses and where each now leads: the redirects the import writes into content/redirects.yml
 * (permalinks, `/?p=<id>`, `/?page_id=<id>`, archives, the feed, uploads), and the new address of every post and
 * page, drafts included, that links in other posts follow (a draft's old address was never public, so it is no
 * redirect).
 */
import { redirectKey } from "../redirects";
import { routes } from "../routes";

export class OldAddresses {
  /** Old path (its redirect key) → new address: what content/redirects.yml gets. */
  readonly redirects = new Map<string, string>([[redirectKey("/feed"), routes.feed()]]);
  /** Old path → new address of each post and page, drafts included. */
  private readonly items = new Map<string, string>();
  private readonly host: string;

  constructor(private readonly siteUrl: string) {
    this.host = new URL(siteUrl).host;
  }

  /** The redirect key of an address on the old site; null for another site's, or what is not a URL. */
  path(url: string): string | null {
    try {
      const u = new URL(url, `${this.siteUrl}/`);
      return u.host === this.host ? redirectKey(`${u.pathname}${u.search}`) : null;
    } catch {
      return null;
    }
  }

  /**
   * A post's or page's old addresses (its permalink, `/?p=<id>`…) → its new one. An old address that is the new
   * one (`/gioi-thieu/` → `/gioi-thieu`) needs no redirect.
   */
  item(olds: readonly string[], to: string, draft: boolean) {
    for (const old of olds) {
      const key = this.path(old);
      if (!key || key === "/") continue;
      this.items.set(key, to);
      if (!draft && key !== redirectKey(to)) this.redirects.set(key, to);
    }
  }

  /** Where an old address now leads, or null. */
  now(url: string): string | null {
    const key = this.path(url);
    return (key && (this.items.get(key) ?? this.redirects.get(key))) || null;
  }

  /** A link's new address: an old post's page, an old archive's listing; other links as they are. */
  link = (href: string): string => this.now(href) ?? href;
}
