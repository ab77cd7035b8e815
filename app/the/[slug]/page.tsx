import type { Metadata } from "next";
import { ListingPage, listingMetadata } from "@/components/ListingPage";
import { getContent } from "@/lib/content/store";
import { tagListing } from "@/lib/listings";

type Props = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return listingMetadata(getContent().site, tagListing(getContent(), (await params).slug), 1);
}

export default async function TagPage({ params }: Props) {
  const content = getContent();
  return (
    <ListingPage
      listing={tagListing(content, (await params).slug)}
      page={1}
      pageSize={content.site.pageSize}
    />
  );
}
