import { Head, Html, Main, NextScript } from "next/document";
import { bodyFont } from "@/app/_shared/fonts";
import { HEAD_SCRIPT } from "@/lib/font-size";

/**
 * The document of every reader page. The font's class goes on `<html>`, where the stylesheet reads its variable.
 * The one inline script marks that JavaScript runs and applies the remembered font size before the first paint;
 * the Content-Security-Policy allows it by its fixed hash (lib/http/csp.ts). Pages ship no framework JavaScript
 * (`unstable_runtimeJS: false` in each page's config), so `NextScript` writes nothing there.
 */
export default function Document() {
  return (
    <Html lang="vi" className={bodyFont.variable}>
      <Head>
        <script dangerouslySetInnerHTML={{ __html: HEAD_SCRIPT }} />
      </Head>
      <body>
        <Main />
        <NextScript />
      </body>
    </Html>
  );
}
