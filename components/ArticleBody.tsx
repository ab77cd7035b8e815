import { SiteImage } from "./SiteImage";
import type { ComponentProps } from "react";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
import { fromHtml } from "hast-util-from-html";
import { toJsxRuntime } from "hast-util-to-jsx-runtime";

/**
 * A body photo (SiteImage): resized and re-encoded for the reader's
 * screen, width and height known (no layout shift). lib/ marks every image
 * after the first `loading="lazy"`; the first one is preloaded.
 */
function BodyImage({ src, alt, width, height, loading }: ComponentProps<"img">) {
  if (typeof src !== "string" || !width || !height) return null;
  const lazy = loading === "lazy";
  return (
    <SiteImage
      src={src}
      alt={alt ?? ""}
      width={Number(width)}
      height={Number(height)}
      sizes="(min-width: 48rem) 44rem, 100vw"
      loading={lazy ? "lazy" : "eager"}
      preload={!lazy}
    />
  );
}

/** The article body: lib/'s sanitized HTML, rendered as React elements. */
export function ArticleBody({ html }: { html: string }) {
  const tree = fromHtml(html, { fragment: true });
  return (
    <div className="article-body">
      {toJsxRuntime(tree, { Fragment, jsx, jsxs, components: { img: BodyImage } })}
    </div>
  );
}
