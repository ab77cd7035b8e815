import type { SiteConfig } from "@/lib/content/schema";
import { vi } from "@/lib/i18n/vi";
import { routes } from "@/lib/routes";
import { SiteLink } from "./SiteLink";

export function SiteHeader({ site }: { site: SiteConfig }) {
  return (
    <header className="site-header">
      <div className="container">
        <SiteLink href={routes.home()} className="site-name">
          {site.name}
        </SiteLink>
        <p className="site-description">{site.description}</p>
      </div>
      <nav aria-label={vi.mainMenu} className="main-menu">
        <ul className="container">
          <li>
            <SiteLink href={routes.home()}>{vi.home}</SiteLink>
          </li>
          {site.categories.map((category) => (
            <li key={category.slug}>
              <SiteLink href={routes.category(category.slug)}>{category.name}</SiteLink>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
