import type { SiteConfig } from "@/lib/content/schema";
import { vi } from "@/lib/i18n/vi";

/** The legal footer: each configured fact about the organization, nothing invented. */
export function SiteFooter({ site }: { site: SiteConfig }) {
  const facts: [label: string, value: string | undefined][] = [
    [vi.organization, site.organization],
    [vi.responsible, site.responsible],
    [vi.address, site.address],
    [vi.phone, site.phone],
    [vi.email, site.email],
    [vi.license, site.license],
  ];
  return (
    <footer className="site-footer">
      <div className="container">
        <p className="footer-name">{site.name}</p>
        <dl>
          {facts
            .filter((fact): fact is [string, string] => Boolean(fact[1]))
            .map(([label, value]) => (
              <div key={label}>
                <dt>{label}:</dt>{" "}
                <dd>{label === vi.email ? <a href={`mailto:${value}`}>{value}</a> : value}</dd>
              </div>
            ))}
        </dl>
        {site.copyrightNotice && <p className="footer-notice">{site.copyrightNotice}</p>}
      </div>
    </footer>
  );
}
