import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { bodyFont } from "@/app/_shared/fonts";
import { SiteFooter } from "@/components/SiteFooter";
import { SiteHeader } from "@/components/SiteHeader";
import { getContent } from "@/lib/content/store";
import { FONT_SIZE_BOOT_SCRIPT } from "@/lib/font-size";
import { vi } from "@/lib/i18n/vi";
import { siteUrl } from "@/lib/site-url";
import "./globals.css";
import { siteNow } from "@/lib/clock";

/**
 * Every page is regenerated in the background at most once a minute: the
 * header date turns over and scheduled articles appear without a rebuild.
 */
export const revalidate = 60;

export function generateMetadata(): Metadata {
  const { site } = getContent();
  return {
    metadataBase: new URL(`${siteUrl()}/`),
    title: { default: site.name, template: `%s | ${site.name}` },
    description: site.description,
    applicationName: site.name,
  };
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#a50e0e",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  const content = getContent();
  return (
    <html lang="vi" className={bodyFont.variable} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: FONT_SIZE_BOOT_SCRIPT }} />
      </head>
      <body>
        <a className="skip-link" href="#noi-dung">
          {vi.skipToContent}
        </a>
        <SiteHeader site={content.site} logo={content.logo} now={siteNow()} />
        <main id="noi-dung" className="container">
          {children}
        </main>
        <SiteFooter site={content.site} />
      </body>
    </html>
  );
}
