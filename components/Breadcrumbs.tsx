import { vi } from "@/lib/i18n/vi";
import { routes } from "@/lib/routes";
import { SiteLink } from "./SiteLink";

export interface Crumb {
  name: string;
  href?: string;
}

/** Trang chủ › … › the current page (not a link). */
export function Breadcrumbs({ trail }: { trail: Crumb[] }) {
  const items: Crumb[] = [{ name: vi.home, href: routes.home() }, ...trail];
  return (
    <nav aria-label={vi.breadcrumbs} className="breadcrumbs">
      <ol>
        {items.map((crumb, i) =>
          i < items.length - 1 && crumb.href ? (
            <li key={i}>
              <SiteLink href={crumb.href}>{crumb.name}</SiteLink>
            </li>
          ) : (
            <li key={i} aria-current={i === items.length - 1 ? "page" : undefined}>
              {crumb.name}
            </li>
          ),
        )}
      </ol>
    </nav>
  );
}
