import { listingPaths, listingProps } from "@/components/listing-props";
import { ListingPage } from "@/components/ListingPage";
import type { DataProps } from "@/components/page-props";
import type { ListingPageData } from "@/lib/page-data";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };
export const getStaticPaths = listingPaths("tag");
export const getStaticProps = listingProps("tag");

export default function Listing({ data }: DataProps<ListingPageData>) {
  return <ListingPage data={data} />;
}
