/**
 * remark plugin: photos that follow one another (two figures or more, with nothing between them, as the WordPress
 * import writes a gallery) are shown together as a gallery: `<div class="thu-vien-anh">` around their figures, a
 * grid of captioned photos that becomes one column on a phone (components/ArticleBody.css). Runs after
 * remark-figure, which makes the figures.
 */
import type { Root, RootContent } from "mdast";

export const GALLERY_CLASS = "thu-vien-anh";

interface GalleryNode {
  type: "gallery";
  data: { hName: "div"; hProperties: { className: string[] } };
  children: RootContent[];
}

const isFigure = (node: RootContent | undefined) =>
  (node as { type?: string } | undefined)?.type === "figure";

export default function remarkGallery() {
  return (tree: Root) => {
    const children: RootContent[] = [];
    for (let i = 0; i < tree.children.length;) {
      let end = i;
      while (isFigure(tree.children[end])) end++;
      if (end - i >= 2) {
        const gallery: GalleryNode = {
          type: "gallery",
          data: { hName: "div", hProperties: { className: [GALLERY_CLASS] } },
          children: tree.children.slice(i, end),
        };
        children.push(gallery as unknown as RootContent);
        i = end;
      } else {
        children.push(tree.children[i]!);
        i++;
      }
    }
    tree.children = children;
  };
}
