import type { GetStaticProps } from "next";
import { HomeView } from "@/components/HomeView";
import { staticProps, type DataProps } from "@/components/page-props";
import { siteNow } from "@/lib/clock";
import { getContent } from "@/lib/content/store";
import { homePage, type HomePageData } from "@/lib/page-data";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

export const getStaticProps: GetStaticProps<DataProps<HomePageData>> = () =>
  staticProps(homePage(getContent(), siteNow()));

export default function Home({ data }: DataProps<HomePageData>) {
  return <HomeView data={data} />;
}
