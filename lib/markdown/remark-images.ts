/**
 * Images: every image must have alt text and be a file under public/ (errors, `ruleId` "image-alt" and
 * "image-file"). Its
 * width and height are read from the file (no layout shift) and every image
 * after the first loads lazily. The images found are listed in
 * `file.data.images` for the article's cover, and every path referenced,
 * found or not, in `file.data.imageSources` (what the result depends on).
 */
import type { Root } from "mdast";
import type { VFile } from "vfile";
import { visit } from "unist-util-visit";
import type { ArticleImage } from "../content/schema";
import { checkImage } from "./images";

declare module "vfile" {
  interface DataMap {
    images: ArticleImage[];
    imageSources: string[];
  }
}

export interface RemarkImagesOptions {
  /** The folder that holds `public/` files; `/images/a.jpg` is read from `<publicDir>/images/a.jpg`. */
  publicDir: string;
}

export const SOURCE = "remark-images";

export default function remarkImages(options: RemarkImagesOptions) {
  return (tree: Root, file: VFile) => {
    const images: ArticleImage[] = [];
    const sources: string[] = [];
    visit(tree, "image", (node) => {
      sources.push(node.url);
      const alt = node.alt?.trim() ?? "";
      if (!alt) {
        file.message(
          `Ảnh "${node.url}" thiếu mô tả (alt). Viết mô tả ngắn trong ngoặc vuông: ![Mô tả ảnh](${node.url} "Chú thích").`,
          { place: node.position, ruleId: "image-alt", source: SOURCE },
        ).fatal = true;
      }
      const checked = checkImage(options.publicDir, node.url, alt);
      if (!checked.ok) {
        file.message(checked.message, { place: node.position, ruleId: "image-file", source: SOURCE }).fatal =
          true;
        return;
      }
      const { width, height } = checked.image;
      node.data = {
        ...node.data,
        hProperties: { width, height, ...(images.length > 0 ? { loading: "lazy" } : {}), decoding: "async" },
      };
      images.push(checked.image);
    });
    file.data.images = images;
    file.data.imageSources = sources;
  };
}
