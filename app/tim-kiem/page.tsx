import type { Metadata } from "next";
import { pageMetadata } from "@/app/_shared/metadata";
import { SearchView } from "@/components/SearchView";
import { getContent } from "@/lib/content/store";
import { vi } from "@/lib/i18n/vi";
import { parsePageNumber } from "@/lib/pagination";
import { routes } from "@/lib/routes";
import { parseQuery } from "@/lib/search/query";

export function generateMetadata(): Metadata {
  // Result pages are not for search engines.
  return pageMetadata({
    site: getContent().site,
    title: vi.searchTitle,
    path: routes.search(),
    noindex: true,
  });
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams;
  const query = parseQuery(params.q);
  const page = parsePageNumber(typeof params.trang === "string" ? params.trang : "1") ?? 1;
  const content = getContent();
  const pageSize = content.site.pageSize;
  const results = query.words.length
    ? content.search().search(query, { offset: (page - 1) * pageSize, limit: pageSize })
    : null;
  return <SearchView query={query} page={page} pageSize={pageSize} results={results} />;
}
