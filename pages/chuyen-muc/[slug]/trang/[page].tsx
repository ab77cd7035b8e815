import { listingPaths, listingProps } from "@/components/listing-props";
import { ListingPage } from "@/components/ListingPage";
import type { DataProps } from "@/components/page-props";
import type { ListingPageData } from "@/lib/page-data";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };
export const getStaticPaths = listingPaths("category", { paged: true });
export const getStaticProps = listingProps("category", { paged: true });

export default function ListingPageN({ data }: DataProps<ListingPageData>) {
  return <ListingPage data={data} />;
}
