import { shareImage } from "@/app/_shared/share-image";
import { getContent } from "@/lib/content/store";

export const revalidate = 60;

/** The share image of the home page. */
export async function GET() {
  const { site } = getContent();
  return shareImage({ site: site.name, title: site.description, footer: site.organization });
}
