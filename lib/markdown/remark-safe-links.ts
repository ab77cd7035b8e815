/**
 * Links: report every link whose protocol could run code or smuggle data
 * (`javascript:`, `data:`, `vbscript:`…). The sanitizer would drop such an
 * href anyway; the editor still needs to know the link is broken: an error (`fatal: true`, `ruleId` "unsafe-link").
 */
import type { Root } from "mdast";
import type { VFile } from "vfile";
import { visit } from "unist-util-visit";
import { isSafeLink, urlScheme } from "./urls";

export const SOURCE = "remark-safe-links";

export default function remarkSafeLinks() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      if (node.type !== "link" && node.type !== "definition") return;
      if (isSafeLink(node.url)) return;
      file.message(
        `Liên kết "${node.url}" dùng giao thức "${urlScheme(node.url)}:" không an toàn. Chỉ dùng liên kết http://, https://, mailto:, tel: hoặc đường dẫn trong trang.`,
        { place: node.position, ruleId: "unsafe-link", source: SOURCE },
      ).fatal = true;
    });
  };
}
