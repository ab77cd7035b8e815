import { vi } from "@/lib/i18n/vi";
import { SiteLink } from "./SiteLink";

interface Props {
  page: number;
  totalPages: number;
  /** The URL of page `n`. */
  href: (n: number) => string;
}

/** Page numbers to show: the first, the last, and two on each side of the current one. */
function pageWindow(page: number, total: number): (number | "gap")[] {
  const shown = new Set(
    [1, total, page - 2, page - 1, page, page + 1, page + 2].filter((n) => n >= 1 && n <= total),
  );
  const sorted = [...shown].sort((a, b) => a - b);
  return sorted.flatMap((n, i) => (i > 0 && n - sorted[i - 1]! > 1 ? ["gap" as const, n] : [n]));
}

export function Pagination({ page, totalPages, href }: Props) {
  if (totalPages <= 1) return null;
  return (
    <nav aria-label={vi.pagination} className="pagination">
      <ul>
        {page > 1 && (
          <li>
            <SiteLink href={href(page - 1)} rel="prev">
              ‹ {vi.previousPage}
            </SiteLink>
          </li>
        )}
        {pageWindow(page, totalPages).map((n, i) =>
          n === "gap" ? (
            <li key={`gap-${i}`} aria-hidden="true" className="pagination-gap">
              …
            </li>
          ) : (
            <li key={n}>
              {n === page ? (
                <span aria-current="page" aria-label={vi.pageLabel(n)} className="pagination-current">
                  {n}
                </span>
              ) : (
                <SiteLink href={href(n)} aria-label={vi.pageLabel(n)}>
                  {n}
                </SiteLink>
              )}
            </li>
          ),
        )}
        {page < totalPages && (
          <li>
            <SiteLink href={href(page + 1)} rel="next">
              {vi.nextPage} ›
            </SiteLink>
          </li>
        )}
      </ul>
    </nav>
  );
}
