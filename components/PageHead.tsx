import Head from "next/head";
import type { HeadData } from "@/lib/seo/head";

/** A page's title, description, canonical URL, RSS link, Open Graph and Twitter cards (lib/seo/head.ts). */
export function PageHead({ head }: { head: HeadData }) {
  const { openGraph: og } = head;
  const description = head.description;
  return (
    <Head>
      <title>{head.title}</title>
      <meta name="description" content={description} />
      <meta name="application-name" content={head.siteName} />
      {head.noindex && <meta name="robots" content="noindex, follow" />}
      {head.canonical && <link rel="canonical" href={head.canonical} />}
      <link rel="alternate" type="application/rss+xml" title={head.rss.title} href={head.rss.href} />
      <meta property="og:type" content={og.type} />
      <meta property="og:site_name" content={head.siteName} />
      <meta property="og:locale" content="vi_VN" />
      {og.url && <meta property="og:url" content={og.url} />}
      <meta property="og:title" content={og.title} />
      <meta property="og:description" content={description} />
      <meta property="og:image" content={og.image.url} />
      <meta property="og:image:width" content={String(og.image.width)} />
      <meta property="og:image:height" content={String(og.image.height)} />
      <meta property="og:image:alt" content={og.image.alt} />
      {og.article && (
        <>
          <meta property="article:published_time" content={og.article.publishedTime} />
          <meta property="article:modified_time" content={og.article.modifiedTime} />
          <meta property="article:section" content={og.article.section} />
          {og.article.tags.map((tag) => (
            <meta key={`tag-${tag}`} property="article:tag" content={tag} />
          ))}
          {og.article.authors.map((author) => (
            <meta key={`author-${author}`} property="article:author" content={author} />
          ))}
        </>
      )}
      {head.dublinCore && (
        <>
          <link rel="schema.DC" href="http://purl.org/dc/elements/1.1/" />
          {Object.entries(head.dublinCore).map(([name, value]) => (
            <meta key={`dc-${name}`} name={`DC.${name}`} content={value} />
          ))}
        </>
      )}
      <meta name="twitter:card" content="summary_large_image" />
      <meta name="twitter:title" content={og.title} />
      <meta name="twitter:description" content={description} />
      <meta name="twitter:image" content={og.image.url} />
    </Head>
  );
}
