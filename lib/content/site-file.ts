/**
 * `content/site.yml`: the site's identity and categories, validated by the site schema. Its problems carry the
 * file's lines; its text is returned too, since the article cache depends on it.
 */
import fs from "node:fs";
import path from "node:path";
import { decodeText, parseYaml, yamlErrorDetails } from "./parse-file";
import { issuesToProblems, type ContentProblem } from "./problems";
import { siteSchema, type SiteConfig } from "./schema";

export const SITE_FILE = "site.yml";

export interface SiteResult {
  site: SiteConfig | null;
  problems: ContentProblem[];
  /** The text of site.yml, for the cache version ("" when unreadable). */
  source: string;
}

export function loadSite(contentDir: string): SiteResult {
  const full = path.join(/* turbopackIgnore: true */ contentDir, SITE_FILE);
  let text: string | null;
  try {
    text = decodeText(fs.readFileSync(full));
  } catch {
    return {
      site: null,
      source: "",
      problems: [
        {
          file: SITE_FILE,
          field: "tệp",
          message: "Không tìm thấy content/site.yml (tên trang, cơ quan chủ quản, chuyên mục).",
        },
      ],
    };
  }
  if (text === null)
    return {
      site: null,
      source: "",
      problems: [{ file: SITE_FILE, field: "tệp", message: "site.yml không phải văn bản UTF-8." }],
    };
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    const details = yamlErrorDetails(error);
    if (!details) throw error;
    return {
      site: null,
      source: text,
      problems: [
        {
          file: SITE_FILE,
          line: details.line,
          field: "YAML",
          message: `Lỗi cú pháp YAML: ${details.reason}`,
        },
      ],
    };
  }
  const result = siteSchema.safeParse(data ?? {});
  if (result.success) return { site: result.data, problems: [], source: text };
  const lines = text.split("\n");
  const lineOf = (key: string) => {
    const i = lines.findIndex((l) => l.startsWith(`${key}:`));
    return i >= 0 ? i + 1 : undefined;
  };
  return { site: null, source: text, problems: issuesToProblems(SITE_FILE, result.error.issues, lineOf) };
}
