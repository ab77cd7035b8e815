/**
 * Links: report every link whose protocol could run code or smuggle data
 * (`javascript:`, `data:`, `vbscript:`…). The sanitizer would drop such an
 * href anyway; the editor still needs to know the link is broken.
 */
import type { Root } from "mdast";
import type { VFile } from "vfile";
import { visit } from "unist-util-visit";
import { isSafeLink, urlScheme } from "./urls";

export default function remarkSafeLinks() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      if (node.type !== "link" && node.type !== "definition") return;
      if (isSafeLink(node.url)) return;
      file.message(
        `Liên kết "${node.url}" dùng giao thức "${urlScheme(node.url)}:" không an toàn. Chỉ dùng liên kết http://, https://, mailto:, tel: hoặc đường dẫn trong trang.`,
        node,
      );
    });
  };
}
