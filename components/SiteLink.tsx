import Link from "next/link";
import type { ComponentProps } from "react";

/**
 * An internal link. Prefetching is off: readers on slow, metered networks
 * should not pay for pages they do not open.
 */
export function SiteLink(props: ComponentProps<typeof Link>) {
  return <Link prefetch={false} {...props} />;
}
