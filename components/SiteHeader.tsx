import { SiteImage } from "./SiteImage";
import { formatToday, toIsoVietnam } from "@/lib/dates";
import type { ShellData } from "@/lib/page-data";
import { vi } from "@/lib/i18n/vi";
import { routes } from "@/lib/routes";
import { SearchForm } from "./SearchForm";
import { SiteMenu } from "./SiteMenu";
import { SiteLink } from "./SiteLink";

export function SiteHeader({ shell }: { shell: ShellData }) {
  const { site, logo } = shell;
  const now = new Date(shell.now);
  return (
    <header className="site-header">
      <div className="container header-top">
        <SiteLink href={routes.home()} className="site-brand">
          {logo && (
            <SiteImage
              src={logo.src}
              alt=""
              width={Math.round((logo.width / logo.height) * 56)}
              height={56}
              preload
            />
          )}
          <span className="site-name">{site.name}</span>
        </SiteLink>
        <p className="today">
          <time dateTime={toIsoVietnam(now).slice(0, 10)}>{formatToday(now)}</time>
        </p>
        <SearchForm id="tim-kiem-dau-trang" />
      </div>
      {shell.menu ? (
        <SiteMenu menu={shell.menu} />
      ) : (
        <nav aria-label={vi.menuLabel} className="main-menu">
          <ul className="container">
            <li>
              <SiteLink href={routes.home()}>{vi.home}</SiteLink>
            </li>
            {site.categories.map((category) => (
              <li key={category.slug}>
                <SiteLink href={routes.category(category.slug)}>{category.name}</SiteLink>
              </li>
            ))}
            <li>
              <SiteLink href={routes.archive()}>{vi.archive}</SiteLink>
            </li>
          </ul>
        </nav>
      )}
    </header>
  );
}
