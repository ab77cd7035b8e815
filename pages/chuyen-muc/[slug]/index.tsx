import { listingPaths, listingProps } from "@/components/listing-props";

export { ListingPage as default } from "@/components/ListingPage";
export const config = { runtime: "nodejs", unstable_runtimeJS: false };
export const getStaticPaths = listingPaths("category");
export const getStaticProps = listingProps("category");
