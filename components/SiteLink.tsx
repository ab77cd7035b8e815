import type { ComponentProps } from "react";

/**
 * An internal link: a plain `<a>`. Pages are cached and small, so a normal
 * page load is fast, and nothing is fetched before the reader asks for it;
 * client-side navigation would cost every reader `next/link`'s code.
 */
export function SiteLink(props: ComponentProps<"a"> & { href: string }) {
  return <a {...props} />;
}
