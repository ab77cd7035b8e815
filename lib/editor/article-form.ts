/**
 * An article's form fields and its file's text, both ways. Only what the writer changed is written back: an
 * unchanged field keeps its line as it was (quotes, order, comments), an unchanged body its bytes, so opening and
 * saving a file without editing it gives the same text, and no commit.
 */
import { parseDocument } from "yaml";
import { setFrontMatter, splitFrontMatter } from "./front-matter-edit";

export interface ArticleFields {
  title: string;
  date: string;
  category: string;
  summary: string;
  /** Comma-separated. */
  tags: string;
  body: string;
}

export const EMPTY_ARTICLE = "---\n---\n";

function frontMatter(text: string): Record<string, unknown> {
  const data = parseDocument(splitFrontMatter(text.replace(/\r\n?/g, "\n")).yaml).toJS() as unknown;
  return data && typeof data === "object" ? (data as Record<string, unknown>) : {};
}

const asText = (value: unknown) =>
  typeof value === "string" || typeof value === "number" ? String(value) : "";
const tagList = (value: unknown) => (Array.isArray(value) ? value.map(asText).filter(Boolean) : []);
const normalBody = (body: string) => body.replace(/\r\n?/g, "\n").replace(/^\n+/, "").trimEnd();

export function articleFields(text: string): ArticleFields {
  const data = frontMatter(text);
  return {
    title: asText(data.title),
    date: asText(data.date),
    category: asText(data.category),
    summary: asText(data.summary),
    tags: tagList(data.tags).join(", "),
    body: normalBody(splitFrontMatter(text.replace(/\r\n?/g, "\n")).body),
  };
}

/** The file's text with the form's fields: the original's where they did not change. */
export function articleText(original: string | null, fields: ArticleFields): string {
  const base = (original ?? EMPTY_ARTICLE).replace(/\r\n?/g, "\n");
  const before = articleFields(base);
  const changes: Record<string, string | readonly string[] | undefined> = {};
  for (const key of ["title", "date", "category", "summary"] as const) {
    const value = fields[key].trim();
    if (value !== before[key]) changes[key] = value || undefined;
  }
  const tags = fields.tags
    .split(",")
    .map((tag) => tag.trim())
    .filter(Boolean);
  if (tags.join(", ") !== before.tags) changes.tags = tags.length ? tags : undefined;
  let text = Object.keys(changes).length ? setFrontMatter(base, changes) : base;
  const body = normalBody(fields.body);
  if (body !== before.body) {
    const { yaml } = splitFrontMatter(text);
    text = `---\n${yaml}---\n\n${body}\n`;
  }
  return text;
}
