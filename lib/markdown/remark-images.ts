/**
 * Images: every image must have alt text and be a file under public/. Its
 * width and height are read from the file (no layout shift) and every image
 * after the first loads lazily. The images found are listed in
 * `file.data.images` for the article's cover, and every path referenced,
 * found or not, in `file.data.imageSources` (what the result depends on).
 */
import type { Root } from "mdast";
import type { VFile } from "vfile";
import { visit } from "unist-util-visit";
import type { ArticleImage } from "../content/schema";
import { lookupImage } from "./images";
import { urlScheme } from "./urls";

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

export type ImageCheck = { ok: true; image: ArticleImage } | { ok: false; message: string };

/** Check one image reference (body image or cover): a readable file under public/. */
export function checkImage(publicDir: string, src: string, alt: string): ImageCheck {
  const scheme = urlScheme(src);
  if (scheme !== null || !src.startsWith("/")) {
    const unsafe = scheme !== null && scheme !== "http" && scheme !== "https";
    return {
      ok: false,
      message: unsafe
        ? `Ảnh "${src.slice(0, 80)}" dùng giao thức "${scheme}:" không an toàn. Hãy chép ảnh vào thư mục public/images/ và dùng đường dẫn /images/….`
        : `Ảnh "${src}" phải là tệp trong thư mục public/ của trang, đường dẫn bắt đầu bằng /, ví dụ /images/2020/09/anh.jpg.`,
    };
  }
  const found = lookupImage(publicDir, src);
  if (!found.ok) {
    return {
      ok: false,
      message:
        found.reason === "unreadable"
          ? `Tệp ảnh "public${src}" không đọc được (không phải ảnh JPEG, PNG, WebP, GIF hay SVG?).`
          : `Không tìm thấy tệp ảnh "public${src}". Kiểm tra tên tệp (phân biệt chữ hoa, chữ thường) và thư mục.`,
    };
  }
  return { ok: true, image: { src, alt, ...found.image } };
}

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
          node,
        );
      }
      const checked = checkImage(options.publicDir, node.url, alt);
      if (!checked.ok) {
        file.message(checked.message, node);
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
