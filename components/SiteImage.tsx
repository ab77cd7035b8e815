import Head from "next/head";
import { getImageProps, type ImageProps } from "next/image";

/**
 * A photo resized and re-encoded for the reader's screen by the Next.js image
 * optimizer, width and height known (no layout shift) — a plain `<img>`,
 * rendered on the server.
 *
 * `preload`: the image above the fold; it is fetched early, with high priority.
 */
export function SiteImage({ preload = false, loading, ...rest }: ImageProps) {
  const { props } = getImageProps({ ...rest, loading: preload ? "eager" : (loading ?? "lazy") });
  return (
    <>
      {preload && props.src && (
        <Head>
          <link
            key={`preload-${props.src}`}
            rel="preload"
            as="image"
            href={props.srcSet ? undefined : props.src}
            imageSrcSet={props.srcSet}
            imageSizes={props.sizes}
            fetchPriority="high"
          />
        </Head>
      )}
      {/* eslint-disable-next-line @next/next/no-img-element -- the optimized image's own attributes, rendered on the server */}
      <img {...props} alt={props.alt} fetchPriority={preload ? "high" : props.fetchPriority} />
    </>
  );
}
