/**
 * What only the whole content folder can tell, once every file is loaded (lib/content/load.ts):
 *
 *  - pages: one file per address, and no address the site's own routes or files take (`/van-ban`, `/images`…);
 *  - documents: slugs are unique, the same number from the same issuer appears once, `replacedBy` names a document;
 *  - the menu of site.yml: each item names a page, a category or a document type that exists.
 *
 * Each problem names the file and field, and the other file when two collide; the valid pages and documents are
 * returned without the ones in a collision.
 */
import { RESERVED_SEGMENTS } from "../route-paths";
import type { DocumentFileResult } from "./document-file";
import type { Document } from "./document-schema";
import type { PageFileResult } from "./page-file";
import type { Page } from "./page-schema";
import type { ContentProblem } from "./problems";
import type { MenuItem, SiteConfig } from "./site-schema";
import { SITE_FILE } from "./site-file";

export interface CrossCheckInput {
  site: SiteConfig | null;
  pages: { file: string; result: PageFileResult }[];
  documents: { file: string; result: DocumentFileResult }[];
}

/** A number as the same document is written in different ways: `15-NQ/HU`, `15 - NQ/HU`, `15-nq/hu`. */
export function numberKey(number: string): string {
  return number.normalize("NFC").toLowerCase().replace(/\s+/g, "");
}

function checkPages(pages: CrossCheckInput["pages"], problems: ContentProblem[]): Page[] {
  const owners = new Map<string, string>();
  const valid: Page[] = [];
  for (const { file, result } of pages) {
    if (!result.path) continue;
    const first = result.path.split("/")[1] ?? "";
    if (result.path === "/" || RESERVED_SEGMENTS.has(first)) {
      problems.push({
        file,
        field: "tệp",
        message:
          result.path === "/"
            ? "Trang chủ do trang web tự làm: trang này cần một đường dẫn riêng, ví dụ content/pages/gioi-thieu/index.md."
            : `Đường dẫn ${result.path} trùng với phần /${first} của trang web (bài viết, chuyên mục, văn bản, tìm kiếm, tệp…): đổi tên thư mục hoặc tệp của trang.`,
      });
      continue;
    }
    const owner = owners.get(result.path);
    if (owner) {
      problems.push({
        file,
        field: "tệp",
        message: `Trang này và ${owner} cùng có đường dẫn ${result.path} (tệp index.md trong thư mục và tệp cùng tên bên cạnh): giữ một trong hai.`,
      });
      continue;
    }
    owners.set(result.path, file);
    if (result.page) valid.push(result.page);
  }
  return valid;
}

function checkDocuments(documents: CrossCheckInput["documents"], problems: ContentProblem[]): Document[] {
  const slugOwners = new Map<string, string>();
  const numberOwners = new Map<string, string>();
  const valid: Document[] = [];
  for (const { file, result } of documents) {
    if (!result.slug) continue;
    const owner = slugOwners.get(result.slug);
    if (owner) {
      problems.push({
        file,
        line: result.slugLine,
        field: "slug",
        message: `Đường dẫn "${result.slug}" trùng với văn bản ${owner}. Đổi tên tệp hoặc thêm dòng slug: … khác cho một trong hai.`,
      });
      continue;
    }
    slugOwners.set(result.slug, file);
    const document = result.document;
    if (!document) continue;
    const key = `${document.issuer.slug} ${numberKey(document.number)}`;
    const same = numberOwners.get(key);
    if (same) {
      problems.push({
        file,
        line: result.numberLine,
        field: "number",
        message: `Số, ký hiệu "${document.number}" của ${document.issuer.name} đã có ở ${same}: một văn bản chỉ một tệp (sửa số, ký hiệu, hoặc xóa tệp trùng).`,
      });
      continue;
    }
    numberOwners.set(key, file);
    valid.push(document);
  }
  const bySlug = new Map(valid.map((document) => [document.slug, document]));
  const lines = new Map(documents.map(({ file, result }) => [file, result.replacedByLine]));
  return valid.filter((document) => {
    if (!document.replacedBy) return true;
    const ok = document.replacedBy !== document.slug && bySlug.has(document.replacedBy);
    if (!ok)
      problems.push({
        file: document.file,
        line: lines.get(document.file),
        field: "replacedBy",
        message:
          document.replacedBy === document.slug
            ? "Văn bản không thể tự thay thế chính nó: sửa replacedBy thành slug của văn bản mới."
            : `Không có văn bản nào có slug "${document.replacedBy}": replacedBy phải là slug (tên tệp) của văn bản thay thế, ví dụ "${[...bySlug.keys()][0] ?? "nghi-quyet-20"}".`,
      });
    return ok;
  });
}

function checkMenu(site: SiteConfig, pages: readonly Page[], problems: ContentProblem[]): void {
  const pagePaths = new Map(pages.map((page) => [page.path, page]));
  const categories = new Set(site.categories.map((category) => category.slug));
  const types = new Set(site.documentTypes.map((type) => type.slug));
  const check = (item: Omit<MenuItem, "children">, where: string) => {
    const problem = (field: string, message: string) =>
      problems.push({ file: SITE_FILE, field: `${where}.${field}`, message });
    if (item.page !== undefined) {
      const page = pagePaths.get(item.page);
      if (!page)
        problem("page", `Không có trang ${item.page} trong content/pages/: sửa đường dẫn hoặc tạo trang đó.`);
      else if (page.draft)
        problem(
          "page",
          `Trang ${item.page} đang là bản nháp (draft: true): đăng trang trước, hoặc bỏ mục menu này.`,
        );
    }
    if (item.category !== undefined && !categories.has(item.category))
      problem("category", `Không có chuyên mục "${item.category}" trong categories của site.yml.`);
    if (typeof item.documents === "string" && !types.has(item.documents))
      problem("documents", `Không có loại văn bản "${item.documents}" trong documentTypes của site.yml.`);
  };
  site.menu?.forEach((item, i) => {
    check(item, `menu.${i}`);
    item.children?.forEach((child, j) => check(child, `menu.${i}.children.${j}`));
  });
}

export function crossCheck(input: CrossCheckInput): {
  pages: Page[];
  documents: Document[];
  problems: ContentProblem[];
} {
  const problems: ContentProblem[] = [];
  const pages = checkPages(input.pages, problems);
  const documents = checkDocuments(input.documents, problems);
  if (input.site) checkMenu(input.site, pages, problems);
  return { pages, documents, problems };
}
