import type { Metadata } from "next";
import { ListingPage, listingMetadata } from "@/components/ListingPage";
import { getContent } from "@/lib/content/store";
import { monthListing } from "@/lib/listings";

type Props = { params: Promise<{ year: string; month: string }> };

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { year, month } = await params;
  return listingMetadata(getContent().site, monthListing(getContent(), year, month), 1);
}

export default async function MonthPage({ params }: Props) {
  const { year, month } = await params;
  const content = getContent();
  return (
    <ListingPage listing={monthListing(content, year, month)} page={1} pageSize={content.site.pageSize} />
  );
}
