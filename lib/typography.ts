/**
 * Typography left behind by word processors, in the words readers see: a space after an opening quote, before a
 * closing one, double spaces, straight quotes. Checked in article bodies (lib/markdown/remark-typography.ts) and in
 * titles and summaries (lib/content/warnings.ts); always warnings, never errors.
 */
export interface TypographyCheck {
  /** The rule's id in reports (`vfile` message `ruleId`). */
  id: string;
  pattern: RegExp;
  message: string;
}

export const TYPOGRAPHY_CHECKS: readonly TypographyCheck[] = [
  {
    id: "quote-open-space",
    pattern: /“\s/u,
    message: "Có dấu cách ngay sau dấu ngoặc kép mở (“ Dân): nên viết “Dân”.",
  },
  {
    id: "quote-close-space",
    pattern: /\S\s”/u,
    message: "Có dấu cách ngay trước dấu ngoặc kép đóng (Dân ”): nên viết Dân”.",
  },
  { id: "double-space", pattern: /\S {2,}\S/u, message: "Có hai dấu cách liền nhau: chỉ cần một." },
  { id: "straight-quote", pattern: /"/u, message: 'Dùng ngoặc kép thẳng ("): nên dùng ngoặc kép cong “ ”.' },
];

/** The checks a text fails, in their order. */
export function typographyIssues(text: string): TypographyCheck[] {
  return TYPOGRAPHY_CHECKS.filter((check) => check.pattern.test(text));
}
