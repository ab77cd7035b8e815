import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/SiteFooter";
import { SiteHeader } from "@/components/SiteHeader";
import { getContent } from "@/lib/content/store";
import { vi } from "@/lib/i18n/vi";
import "./globals.css";

export function generateMetadata(): Metadata {
  const { site } = getContent();
  return {
    title: { default: site.name, template: `%s | ${site.name}` },
    description: site.description,
  };
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
};

export default function RootLayout({ children }: { children: ReactNode }) {
  const { site } = getContent();
  return (
    <html lang="vi">
      <body>
        <a className="skip-link" href="#noi-dung">
          {vi.skipToContent}
        </a>
        <SiteHeader site={site} />
        <main id="noi-dung" className="container">
          {children}
        </main>
        <SiteFooter site={site} />
      </body>
    </html>
  );
}
