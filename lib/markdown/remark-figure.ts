/**
 * remark plugin: an image alone in its paragraph becomes `<figure><img …><figcaption>title</figcaption></figure>`.
 * The image title is the caption; it may span several source lines and is shown as one line. An image inside a
 * sentence stays inline. A figure without a caption is reported as a warning (`ruleId` "figure-caption").
 */
import type { Image, Paragraph, Root, RootContent } from "mdast";
import type { VFile } from "vfile";
import { visit } from "unist-util-visit";
import { squashSpaces } from "../text";

export const SOURCE = "remark-figure";

/** mdast nodes rendered as the given HTML element by mdast-util-to-hast. */
interface ElementNode {
  type: "figure" | "figcaption";
  data: { hName: string };
  children: RootContent[];
}

function loneImage(paragraph: Paragraph): Image | null {
  const meaningful = paragraph.children.filter(
    (child) => !(child.type === "text" && child.value.trim() === ""),
  );
  const only = meaningful[0];
  return meaningful.length === 1 && only?.type === "image" ? only : null;
}

export default function remarkFigure() {
  return (tree: Root, file: VFile) => {
    visit(tree, "paragraph", (paragraph, index, parent) => {
      if (!parent || index === undefined) return;
      const image = loneImage(paragraph);
      if (!image) return;

      const caption = image.title ? squashSpaces(image.title) : "";
      if (!caption)
        file.message(
          'Ảnh chưa có chú thích: thêm chú thích trong ngoặc kép sau đường dẫn ảnh, ví dụ ![Mô tả](/images/anh.jpg "Chú thích").',
          { place: paragraph.position, ruleId: "figure-caption", source: SOURCE },
        ).fatal = false;
      image.title = null;
      const children: RootContent[] = [image];
      if (caption) {
        const figcaption: ElementNode = {
          type: "figcaption",
          data: { hName: "figcaption" },
          children: [{ type: "text", value: caption }],
        };
        children.push(figcaption as unknown as RootContent);
      }
      const figure: ElementNode = { type: "figure", data: { hName: "figure" }, children };
      parent.children[index] = figure as unknown as RootContent;
    });
  };
}
