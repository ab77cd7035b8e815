/**
 * remark plugin: typography left behind by word processors (lib/typography.ts) in the words readers see — text
 * and photo captions, not Markdown syntax. Each kind is reported once per article, at its first place, as a
 * warning (`file.message`, `fatal: false`), with the check's id as `ruleId`.
 */
import type { Root } from "mdast";
import type { Node } from "unist";
import type { VFile } from "vfile";
import { visit } from "unist-util-visit";
import { TYPOGRAPHY_CHECKS, type TypographyCheck } from "../typography";

export const SOURCE = "remark-typography";

export default function remarkTypography() {
  return (tree: Root, file: VFile) => {
    const found = new Map<TypographyCheck, Node>();
    const check = (text: string | null | undefined, node: Node) => {
      if (!text) return;
      for (const c of TYPOGRAPHY_CHECKS) if (!found.has(c) && c.pattern.test(text)) found.set(c, node);
    };
    visit(tree, (node) => {
      if (node.type === "text") check(node.value, node);
      else if (node.type === "image") check(node.title?.replace(/\s*\n\s*/g, " "), node);
    });
    for (const c of TYPOGRAPHY_CHECKS) {
      const node = found.get(c);
      if (node) file.message(c.message, { place: node.position, ruleId: c.id, source: SOURCE }).fatal = false;
    }
  };
}
