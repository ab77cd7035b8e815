import type { Metadata } from "next";
import { ListingPage, listingMetadata } from "@/components/ListingPage";
import { getContent } from "@/lib/content/store";
import { categoryListing } from "@/lib/listings";

type Props = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  return getContent().site.categories.map((category) => ({ slug: category.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return listingMetadata(getContent().site, categoryListing(getContent(), (await params).slug), 1);
}

export default async function CategoryPage({ params }: Props) {
  const content = getContent();
  return (
    <ListingPage
      listing={categoryListing(content, (await params).slug)}
      page={1}
      pageSize={content.site.pageSize}
    />
  );
}
