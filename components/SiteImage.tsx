import Head from "next/head";
import { getImageProps, type ImageProps } from "next/image";
import { useContext } from "react";
import { ImageBase } from "./image-base";

/**
 * A photo resized and re-encoded for the reader's screen by the Next.js image
 * optimizer, width and height known (no layout shift) — a plain `<img>`,
 * rendered on the server.
 *
 * `preload`: the image above the fold; it is fetched early, with high priority.
 * Inside an ImageBase (the editor's preview), the photo as it is, from there.
 */
export function SiteImage({ preload = false, loading, ...rest }: ImageProps) {
  const base = useContext(ImageBase);
  const fromBase = base !== null && typeof rest.src === "string" && rest.src.startsWith("/");
  const { props } = getImageProps({
    ...rest,
    ...(fromBase ? { src: `${base}${rest.src as string}`, unoptimized: true } : {}),
    loading: preload ? "eager" : (loading ?? "lazy"),
  });
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
