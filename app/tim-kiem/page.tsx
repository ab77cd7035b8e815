import type { Metadata } from "next";
import { SearchView } from "@/components/SearchView";
import { getContent } from "@/lib/content/store";
import { vi } from "@/lib/i18n/vi";
import { parsePageNumber } from "@/lib/pagination";
import { parseQuery } from "@/lib/search/query";

export const metadata: Metadata = {
  title: vi.searchTitle,
  // Result pages are not for search engines.
  robots: { index: false, follow: true },
};

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
