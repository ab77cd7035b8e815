import { serializeJsonLd, type JsonLd as Data } from "@/lib/seo/json-ld";

/** Structured data in a `<script type="application/ld+json">`, with `<` escaped. */
export function JsonLd({ data }: { data: Data | Data[] }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
