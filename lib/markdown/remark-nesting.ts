/**
 * Nesting: lists and block quotes nested deeper than any article needs are
 * reported as errors (`ruleId` "nesting"): they come from broken pastes and make pages unreadable.
 */
import type { Root } from "mdast";
import type { VFile } from "vfile";
import { visitParents } from "unist-util-visit-parents";

export const MAX_NESTING = 6;

export const SOURCE = "remark-nesting";

export default function remarkNesting() {
  return (tree: Root, file: VFile) => {
    visitParents(tree, (node, ancestors) => {
      if (node.type !== "list" && node.type !== "blockquote") return;
      const depth = ancestors.filter((a) => a.type === "list" || a.type === "blockquote").length + 1;
      if (depth > MAX_NESTING) {
        file.message(
          `Danh sách hoặc trích dẫn lồng nhau ${depth} tầng: tối đa ${MAX_NESTING}. Kiểm tra lại phần dán vào (thường do thụt lề thừa).`,
          { place: node.position, ruleId: "nesting", source: SOURCE },
        ).fatal = true;
        return "skip";
      }
    });
  };
}
