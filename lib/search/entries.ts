/** What the search indexes of each kind of entry, and what it shows of it (lib/search/search-index.ts). */
import type { Document } from "../content/document-schema";
import type { Page } from "../content/page-schema";
import type { Article } from "../content/schema";

/** The summary is usually the body's first paragraph, shortened: index it only when it says something else. */
function searchableText({ summary, text }: { summary: string; text: string }): string {
  const short = summary.replace(/…$/u, "");
  return text.includes(short) ? text : `${summary}\n${text}`;
}

/** What the search finds: an article, a document or a page. */
export type SearchEntry =
  | { kind: "article"; article: Article }
  | { kind: "document"; document: Document }
  | { kind: "page"; page: Page };

/** An entry's fields, as indexed: title, labels, text, number. */
export function fieldsOf(
  entry: SearchEntry,
  parents: (page: Page) => string[],
): [string, string, string, string] {
  switch (entry.kind) {
    case "article": {
      const { article } = entry;
      return [
        article.title,
        [article.category.name, ...article.tags.map((t) => t.name)].join(" "),
        searchableText(article),
        "",
      ];
    }
    case "document": {
      const { document } = entry;
      const labels = [document.type.name, document.issuer.name, document.signer ?? ""].join(" ");
      return [document.title, labels, document.text, document.number];
    }
    case "page": {
      const { page } = entry;
      return [page.title, parents(page).join(" "), searchableText(page), ""];
    }
  }
}

/** What an entry shows under its title in the results: the words of its text around the query's. */
export function snippetSource(entry: SearchEntry): { text: string; fallback: string } {
  if (entry.kind === "article") return { text: entry.article.text, fallback: entry.article.summary };
  if (entry.kind === "page") return { text: entry.page.text, fallback: entry.page.summary };
  return { text: entry.document.text, fallback: entry.document.title };
}
