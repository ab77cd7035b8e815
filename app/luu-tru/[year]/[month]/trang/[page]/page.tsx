import type { Metadata } from "next";
import { ListingPage, listingMetadata, pageFromParam } from "@/components/ListingPage";
import { getContent } from "@/lib/content/store";
import { monthListing } from "@/lib/listings";

type Props = { params: Promise<{ year: string; month: string; page: string }> };

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { year, month, page } = await params;
  return listingMetadata(getContent().site, monthListing(getContent(), year, month), Number(page));
}

export default async function MonthPageN({ params }: Props) {
  const { year, month, page } = await params;
  const content = getContent();
  const listing = monthListing(content, year, month);
  return (
    <ListingPage listing={listing} page={pageFromParam(listing, page)} pageSize={content.site.pageSize} />
  );
}
