import type { GetStaticProps } from "next";
import { ArchiveView } from "@/components/ArchiveView";
import { staticProps, type DataProps } from "@/components/page-props";
import { siteNow } from "@/lib/clock";
import { getContent } from "@/lib/content/store";
import { archivePage, type ArchivePageData } from "@/lib/page-data";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

export const getStaticProps: GetStaticProps<DataProps<ArchivePageData>> = () =>
  staticProps(archivePage(getContent(), siteNow()));

export default function Archive({ data }: DataProps<ArchivePageData>) {
  return <ArchiveView data={data} />;
}
