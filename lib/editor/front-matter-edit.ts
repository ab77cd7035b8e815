/**
 * Changing a few fields of a content file's front matter and nothing else: the YAML is edited as a document
 * (`yaml`'s parseDocument), so the other lines, their order and their comments stay as the writer left them, and the
 * body is not touched. A file without front matter gets one.
 */
import { parseDocument } from "yaml";

const FENCE = /^---\n([\s\S]*?\n)?---(?:\n|$)/;

/** The front matter's YAML and the body after it. */
export function splitFrontMatter(text: string): { yaml: string; body: string } {
  const match = FENCE.exec(text);
  return match ? { yaml: match[1] ?? "", body: text.slice(match[0].length) } : { yaml: "", body: text };
}

/** The file with these fields set (a value) or removed (`undefined`). */
export function setFrontMatter(
  text: string,
  fields: Record<string, string | number | boolean | readonly string[] | undefined>,
): string {
  const { yaml, body } = splitFrontMatter(text.replace(/\r\n?/g, "\n"));
  const document = parseDocument(yaml);
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) document.delete(key);
    else document.set(key, value);
  }
  const head = document.contents === null ? "" : document.toString({ flowCollectionPadding: false });
  return `---\n${head}---\n${body}`;
}

/** One field of the front matter as written, or undefined. */
export function frontMatterField(text: string, key: string): unknown {
  return parseDocument(splitFrontMatter(text.replace(/\r\n?/g, "\n")).yaml).get(key);
}
