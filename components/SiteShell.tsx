import type { ReactNode } from "react";
import { vi } from "@/lib/i18n/vi";
import type { ShellData } from "@/lib/page-data";
import { SiteFooter } from "./SiteFooter";
import { SiteHeader } from "./SiteHeader";

/** What every page has around its content: the skip link, the header with its menu, the footer. */
export function SiteShell({ shell, children }: { shell: ShellData; children: ReactNode }) {
  return (
    <>
      <a className="skip-link" href="#noi-dung">
        {vi.skipToContent}
      </a>
      <SiteHeader shell={shell} />
      <main id="noi-dung" className="container">
        {children}
      </main>
      <SiteFooter site={shell.site} />
    </>
  );
}
