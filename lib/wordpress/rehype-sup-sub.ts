/**
 * rehype plugin: `<sup>` and `<sub>` (`m<sup>2</sup>`, `CO<sub>2</sub>`, `10<sup>o</sup>C`) become the Unicode
 * characters that write them (`m²`, `CO₂`), which Markdown keeps without any markup. What has no such character
 * (`Nguyễn<sup>1</sup>` keeps working; `x<sup>abc</sup>` does not) is kept as plain text and reported in
 * `file.data.supSub.lost`, for the editor to check.
 */
import type { Element, Root } from "hast";
import { toString } from "hast-util-to-string";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";

const SUPERSCRIPT: Readonly<Record<string, string>> = Object.fromEntries(
  [..."0123456789+-=()ni"].map((c, i) => [c, "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱ"[i]!]),
);
const SUBSCRIPT: Readonly<Record<string, string>> = Object.fromEntries(
  [..."0123456789+-=()aeoxhklmnpst"].map((c, i) => [c, "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₒₓₕₖₗₘₙₚₛₜ"[i]!]),
);
/** `10<sup>o</sup>C`: the degree sign written as a raised letter o. */
const DEGREE = new Set(["o", "0"]);

/** `text` in the raised or lowered characters, or null when one of its characters has none. */
export function toUnicode(text: string, kind: "sup" | "sub"): string | null {
  const table = kind === "sup" ? SUPERSCRIPT : SUBSCRIPT;
  let out = "";
  for (const c of text) {
    const mapped = table[c];
    if (mapped === undefined) return null;
    out += mapped;
  }
  return out;
}

export default function rehypeSupSub() {
  return (tree: Root, file: VFile) => {
    const lost = new Set<string>();
    visit(tree, "element", (node: Element, index, parent) => {
      if ((node.tagName !== "sup" && node.tagName !== "sub") || !parent || index === undefined) return;
      const text = toString(node);
      const next = parent.children[index + 1];
      const degree =
        node.tagName === "sup" && DEGREE.has(text) && next?.type === "text" && /^[CF]/.test(next.value);
      const value = degree ? "°" : (toUnicode(text, node.tagName) ?? text);
      if (!degree && value === text && text.trim()) lost.add(`<${node.tagName}>${text}</${node.tagName}>`);
      parent.children.splice(index, 1, { type: "text", value });
      return index + 1;
    });
    file.data.supSub = { lost: [...lost] };
  };
}

declare module "vfile" {
  interface DataMap {
    supSub: { lost: string[] };
  }
}
