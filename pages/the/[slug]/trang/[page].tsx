import { listingPaths, listingProps } from "@/components/listing-props";

export { ListingPage as default } from "@/components/ListingPage";
export const config = { runtime: "nodejs", unstable_runtimeJS: false };
export const getStaticPaths = listingPaths("tag", { paged: true });
export const getStaticProps = listingProps("tag", { paged: true });
