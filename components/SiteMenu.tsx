import type { MenuEntry } from "@/lib/menu";
import { vi } from "@/lib/i18n/vi";
import { routes } from "@/lib/routes";
import { SiteLink } from "./SiteLink";

function EntryLink({ entry }: { entry: MenuEntry }) {
  if (!entry.href) return <span>{entry.title}</span>;
  if (!entry.external) return <SiteLink href={entry.href}>{entry.title}</SiteLink>;
  return (
    <a href={entry.href} className="menu-external">
      {entry.title}
      <span className="visually-hidden"> {vi.leavesSite}</span>
    </a>
  );
}

/** The children of an entry, its own page first when it has one. */
function Children({ entry }: { entry: MenuEntry }) {
  const own = entry.href ? [{ ...entry, children: [] }] : [];
  return (
    <ul>
      {[...own, ...entry.children].map((child, i) => (
        <li key={i}>
          <EntryLink entry={child} />
        </li>
      ))}
    </ul>
  );
}

/**
 * The header's menu from site.yml, with no script. On a phone it is one button (`<details>`: it opens and closes by
 * touch, Enter or Space) over the whole list, children indented under their parent. On a wider screen it is a row;
 * an entry with children opens them under it the same way. Both forms are in the page; CSS shows one (the hidden
 * one is out of the accessibility tree too).
 */
export function SiteMenu({ menu }: { menu: MenuEntry[] }) {
  const entries: MenuEntry[] = [
    { title: vi.home, href: routes.home(), external: false, children: [] },
    ...menu,
  ];
  return (
    <nav aria-label={vi.menuLabel} className="site-menu">
      <details className="menu-phone container">
        <summary>{vi.menuButton}</summary>
        <ul>
          {entries.map((entry, i) => (
            <li key={i}>
              <EntryLink entry={entry} />
              {entry.children.length > 0 && (
                <ul>
                  {entry.children.map((child, j) => (
                    <li key={j}>
                      <EntryLink entry={child} />
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      </details>
      <ul className="menu-wide container">
        {entries.map((entry, i) => (
          <li key={i}>
            {entry.children.length > 0 ? (
              <details className="menu-group">
                <summary>{entry.title}</summary>
                <Children entry={entry} />
              </details>
            ) : (
              <EntryLink entry={entry} />
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
