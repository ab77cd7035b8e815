/**
 * Typography left behind by word processors, in the words readers see (text
 * and photo captions, not Markdown syntax): a space after an opening quote,
 * double spaces, straight quotes. Each kind is reported once per article, at
 * its first line, in `file.data.typography`; they are warnings, never errors.
 */
import type { Root } from "mdast";
import type { VFile } from "vfile";
import { visit } from "unist-util-visit";

export interface TypographyCheck {
  pattern: RegExp;
  message: string;
}

export const TYPOGRAPHY_CHECKS: TypographyCheck[] = [
  { pattern: /“\s/u, message: "Có dấu cách ngay sau dấu ngoặc kép mở (“ Dân): nên viết “Dân”." },
  { pattern: /\S\s”/u, message: "Có dấu cách ngay trước dấu ngoặc kép đóng (Dân ”): nên viết Dân”." },
  { pattern: /\S {2,}\S/u, message: "Có hai dấu cách liền nhau: chỉ cần một." },
  { pattern: /"/u, message: 'Dùng ngoặc kép thẳng ("): nên dùng ngoặc kép cong “ ”.' },
];

declare module "vfile" {
  interface DataMap {
    typography: { line?: number; message: string }[];
  }
}

export default function remarkTypography() {
  return (tree: Root, file: VFile) => {
    const found = new Map<TypographyCheck, number | undefined>();
    const check = (text: string | null | undefined, line: number | undefined) => {
      if (!text) return;
      for (const c of TYPOGRAPHY_CHECKS) if (!found.has(c) && c.pattern.test(text)) found.set(c, line);
    };
    visit(tree, (node) => {
      if (node.type === "text") check(node.value, node.position?.start.line);
      else if (node.type === "image") check(node.title?.replace(/\s*\n\s*/g, " "), node.position?.start.line);
    });
    file.data.typography = TYPOGRAPHY_CHECKS.filter((c) => found.has(c)).map((c) => ({
      line: found.get(c),
      message: c.message,
    }));
  };
}
