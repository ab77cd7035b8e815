import type { Metadata } from "next";
import { ListingPage, listingMetadata, pageFromParam } from "@/components/ListingPage";
import { getContent } from "@/lib/content/store";
import { categoryListing } from "@/lib/listings";

type Props = { params: Promise<{ slug: string; page: string }> };

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, page } = await params;
  return listingMetadata(getContent().site, categoryListing(getContent(), slug), Number(page));
}

export default async function CategoryPageN({ params }: Props) {
  const { slug, page } = await params;
  const content = getContent();
  const listing = categoryListing(content, slug);
  return (
    <ListingPage listing={listing} page={pageFromParam(listing, page)} pageSize={content.site.pageSize} />
  );
}
