import { getImageProps, type ImageProps } from "next/image";
import { preload as preloadResource } from "react-dom";

/**
 * A photo resized and re-encoded for the reader's screen by the Next.js image
 * optimizer, width and height known (no layout shift) — written as a plain
 * `<img>` on the server. `next/image`'s own component is a client component:
 * every page would download and run its code (with `next/link`'s, 11 kB
 * gzipped) only to show images that need none.
 *
 * `preload`: the image above the fold; it is fetched early, with high priority.
 */
export function SiteImage({ preload = false, loading, ...rest }: ImageProps) {
  const { props } = getImageProps({ ...rest, loading: preload ? "eager" : (loading ?? "lazy") });
  if (preload && props.src) {
    preloadResource(props.src, {
      as: "image",
      imageSrcSet: props.srcSet,
      imageSizes: props.sizes,
      fetchPriority: "high",
    });
  }
  // eslint-disable-next-line @next/next/no-img-element -- the optimized image's own attributes, rendered on the server
  return <img {...props} alt={props.alt} fetchPriority={preload ? "high" : props.fetchPriority} />;
}
