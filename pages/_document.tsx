import crypto from "node:crypto";
import Document, { Head, Html, Main, NextScript, type DocumentContext } from "next/document";
import { bodyFont } from "@/app/_shared/fonts";
import { SCRIPTED_EDITOR_PAGES } from "@/lib/editor/paths";
import { HEAD_SCRIPT } from "@/lib/font-size";
import { contentSecurityPolicy } from "@/lib/http/csp";

/**
 * The document of every page. The font's class goes on `<html>`, where the stylesheet reads its variable.
 * The one inline script marks that JavaScript runs and applies the remembered font size before the first paint;
 * the Content-Security-Policy allows it by its fixed hash (lib/http/csp.ts). Reader pages ship no framework
 * JavaScript (`unstable_runtimeJS: false` in each page's config), so `NextScript` writes nothing there. The editor's
 * pages that run React get the framework's scripts, its inline bootstrap allowed by a nonce made for the response.
 */
export default class SiteDocument extends Document<{ nonce?: string }> {
  static async getInitialProps(context: DocumentContext) {
    const initial = await Document.getInitialProps(context);
    if (!context.res || !SCRIPTED_EDITOR_PAGES.includes(context.pathname)) return initial;
    const nonce = crypto.randomBytes(16).toString("base64");
    context.res.setHeader(
      "Content-Security-Policy",
      contentSecurityPolicy({ nonce, dev: process.env.NODE_ENV === "development" }),
    );
    return { ...initial, nonce };
  }

  render() {
    const { nonce } = this.props;
    return (
      <Html lang="vi" className={bodyFont.variable}>
        <Head nonce={nonce}>
          <script dangerouslySetInnerHTML={{ __html: HEAD_SCRIPT }} />
        </Head>
        <body>
          <Main />
          <NextScript nonce={nonce} />
        </body>
      </Html>
    );
  }
}
