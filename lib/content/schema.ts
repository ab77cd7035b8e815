/**
 * The editors' contract for articles. This file is the single source of:
 *  - the shape of an article's front matter (site.yml's is in site-schema.ts, pages' and documents' in
 *    page-schema.ts and document-schema.ts),
 *  - the TypeScript types derived from them (`SiteConfig`, `FrontMatter`, `Article`),
 *  - the Vietnamese messages an editor sees when a value is wrong.
 */
import { z } from "zod";
import type { ImageCheck } from "../markdown/images";
import { slugify } from "../text";
import {
  dateField,
  draftField,
  reviewField,
  reviewNeedsDraft,
  slugField,
  imagePath,
  messages,
  optionalText,
  requiredText,
  unknownKeys,
} from "./schema-fields";

export {
  siteSchema,
  type Category,
  type DocumentType,
  type Issuer,
  type MenuItem,
  type SiteConfig,
} from "./site-schema";
import type { Category } from "./site-schema";

// ------------------------------------------------------------ front matter

/** At most this many tags per article. */
export const MAX_TAGS = 30;

export const FRONT_MATTER_KEYS = [
  "title",
  "date",
  "category",
  "tags",
  "author",
  "summary",
  "cover",
  "updated",
  "draft",
  "review",
  "featured",
  "slug",
] as const;

export interface FrontMatterContext {
  /** The categories declared in site.yml; with none (site.yml broken), any category is accepted as it is. */
  categories: readonly Category[];
  /** Checks a cover photo's file and measures it (its alt text is the title). */
  image: (src: string, alt: string) => ImageCheck;
}

/**
 * The front matter schema. Its output is what an article is made of: `category` comes out as the site's
 * `Category`, `tags` as `Tag`s (each once), `cover` as the measured `ArticleImage`.
 */
export function frontMatterSchema({ categories, image }: FrontMatterContext) {
  const categorySlugs = categories.map((category) => category.slug);
  const bySlug = new Map(categories.map((category) => [category.slug, category]));
  const choices = categorySlugs.join(", ");
  return z
    .strictObject(
      {
        title: requiredText(
          "Thiếu tiêu đề. Thêm dòng: title: Tiêu đề bài viết",
          "Tiêu đề đang để trống.",
          "Tiêu đề phải là chữ (nếu tiêu đề toàn là số, đặt nó trong ngoặc kép).",
        ),
        date: dateField(`Thiếu ngày đăng. Thêm dòng: date: 2020-09-10 (giờ Việt Nam).`),
        category: (categorySlugs.length > 0
          ? z.enum(categorySlugs as [string, ...string[]], {
              error: (iss) =>
                iss.input === undefined
                  ? `Thiếu chuyên mục. Chọn một trong: ${choices}.`
                  : `Chuyên mục "${String(iss.input)}" không có trong content/site.yml. Chọn một trong: ${choices}.`,
            })
          : z.string({ error: messages("Thiếu chuyên mục.", "Chuyên mục phải là chữ.") })
        ).transform((slug): Category => bySlug.get(slug) ?? { slug, name: slug }),
        tags: z
          .array(
            z
              .string({ error: "Mỗi thẻ phải là chữ." })
              .trim()
              .refine((t) => slugify(t).length > 0, {
                error: "Thẻ phải có ít nhất một chữ cái hoặc chữ số.",
              }),
            { error: "Thẻ (tags) phải là danh sách, ví dụ: tags: [Dân vận, Chợ Đồn]" },
          )
          .max(MAX_TAGS, {
            error: (iss) =>
              `Có ${(iss.input as unknown[]).length} từ khóa: tối đa ${MAX_TAGS}. Chỉ giữ những từ khóa chính của bài.`,
          })
          .default([])
          .transform(uniqueTags),
        author: optionalText("Tác giả phải là chữ."),
        summary: optionalText("Tóm tắt phải là chữ."),
        cover: imagePath.optional(),
        updated: dateField("").optional(),
        draft: draftField,
        review: reviewField,
        /** Put forward as the lead article of the home page (the newest such article wins). */
        featured: z.boolean({ error: "featured chỉ nhận true hoặc false." }).default(false),
        slug: slugField,
      },
      { error: unknownKeys(FRONT_MATTER_KEYS) },
    )
    .superRefine(reviewNeedsDraft)
    .transform(({ cover, ...rest }, ctx) => {
      if (cover === undefined) return { ...rest, cover: undefined };
      const checked = image(cover, rest.title);
      if (checked.ok) return { ...rest, cover: checked.image };
      ctx.issues.push({ code: "custom", input: cover, path: ["cover"], message: checked.message });
      return z.NEVER;
    });
}

/** Tags by name, each once (by slug: "Dân vận" and "dân vận" are one tag), in their order. */
function uniqueTags(names: readonly string[]): Tag[] {
  const seen = new Map<string, string>();
  for (const name of names) {
    const slug = slugify(name);
    if (!seen.has(slug)) seen.set(slug, name);
  }
  return [...seen].map(([slug, name]) => ({ slug, name }));
}

export type FrontMatter = z.output<ReturnType<typeof frontMatterSchema>>;

// ----------------------------------------------------------------- Article

export interface ArticleImage {
  /** Path under public/, e.g. `/images/2020/09/toan-canh.jpg`. */
  src: string;
  alt: string;
  width: number;
  height: number;
}

export interface Tag {
  name: string;
  slug: string;
}

/** What loading adds to the front matter: from the file's name and its rendered body. */
export interface ArticleBody {
  /** Given in front matter, or the file's name folded. */
  slug: string;
  /** Given in front matter, or the first paragraph as plain text. */
  summary: string;
  /** Given in front matter, or the first photo of the body. */
  cover?: ArticleImage;
  /** Sanitized HTML of the body. */
  html: string;
  /** The body as plain text (search, snippets). */
  text: string;
  /** Path relative to the content folder, with forward slashes. */
  file: string;
}

/** A validated, rendered article: the front matter schema's output, completed from the body. */
export type Article = Omit<FrontMatter, keyof ArticleBody> & ArticleBody;
