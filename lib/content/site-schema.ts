/**
 * The shape of `content/site.yml`: the site's identity, its categories, the document types and issuing bodies of
 * its document library, and its menu. The single source of the `SiteConfig` type and of its Vietnamese messages.
 * That a menu item names a page, a category or a document type that exists is checked once everything is loaded
 * (lib/content/cross-checks.ts).
 */
import { z } from "zod";
import { isSlug, slugify } from "../text";
import { imagePath, messages, optionalText, requiredText, unknownKeys } from "./schema-fields";

function slugField(missing: string, wrongType: string) {
  return z.string({ error: messages(missing, wrongType) }).refine(isSlug, {
    error: (iss) =>
      `Slug "${String(iss.input)}" chỉ được dùng chữ thường không dấu, số và dấu gạch ngang, ví dụ "${slugify(String(iss.input))}".`,
  });
}

/** A list of `{ slug, name }` (categories, document types, issuers), each slug once. */
function namedList<T extends z.ZodType<{ slug: string }>>(
  item: T,
  what: string,
  error:
    string | ((issue: { input?: unknown }) => string) = `${what} phải là danh sách, mỗi mục có slug và name.`,
) {
  return z.array(item, { error }).superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((entry, i) => {
      if (seen.has(entry.slug))
        ctx.issues.push({
          code: "custom",
          input: entry.slug,
          path: [i, "slug"],
          message:
            what === "categories"
              ? `Chuyên mục "${entry.slug}" bị khai báo hai lần.`
              : `"${entry.slug}" bị khai báo hai lần trong ${what}.`,
        });
      seen.add(entry.slug);
    });
  });
}

const categorySchema = z.strictObject(
  {
    slug: slugField("Thiếu slug của chuyên mục.", "Slug của chuyên mục phải là chữ."),
    name: requiredText(
      "Thiếu tên chuyên mục.",
      "Tên chuyên mục đang để trống.",
      "Tên chuyên mục phải là chữ.",
    ),
    description: optionalText("Mô tả chuyên mục phải là chữ."),
  },
  { error: unknownKeys(["slug", "name", "description"]) },
);

const namedSchema = (what: string) =>
  z.strictObject(
    {
      slug: slugField(`Thiếu slug của ${what}.`, `Slug của ${what} phải là chữ.`),
      name: requiredText(`Thiếu tên ${what}.`, `Tên ${what} đang để trống.`, `Tên ${what} phải là chữ.`),
    },
    { error: unknownKeys(["slug", "name"]) },
  );

/** What a menu item leads to: exactly one of these. */
export const MENU_TARGETS = ["page", "category", "documents", "archive", "url"] as const;

const menuFields = {
  /** The words shown; a page's or category's own name when left out (required for the others). */
  title: optionalText("Tên mục menu (title) phải là chữ."),
  /** A page's address, as its URL: `/gioi-thieu`. */
  page: z
    .string({ error: 'page phải là địa chỉ của một trang, ví dụ "/gioi-thieu".' })
    .trim()
    .regex(/^\/[a-z0-9-]+(\/[a-z0-9-]+)*$/, {
      error: 'page phải là địa chỉ của một trang, bắt đầu bằng "/", ví dụ "/gioi-thieu".',
    })
    .optional(),
  category: z.string({ error: "category phải là slug của một chuyên mục." }).trim().optional(),
  /** The document library: `true`, or the slug of a document type to show only that type. */
  documents: z
    .union([z.literal(true), z.string().trim()], {
      error: "documents nhận true (thư viện văn bản) hoặc slug của một loại văn bản.",
    })
    .optional(),
  archive: z.literal(true, { error: "archive chỉ nhận true." }).optional(),
  /** Another site (the province's portal, the national public-service portal): https:// only. */
  url: z
    .string({ error: "url phải là một địa chỉ https://." })
    .trim()
    .regex(/^https:\/\/[^\s]+$/, { error: "url phải là một địa chỉ đầy đủ bắt đầu bằng https://." })
    .optional(),
};

type MenuFields = { [K in keyof typeof menuFields]?: unknown };

/** Exactly one target, and words for the targets that have no name of their own. */
function checkTarget(item: MenuFields, ctx: z.RefinementCtx) {
  const targets = MENU_TARGETS.filter((key) => item[key] !== undefined);
  if (targets.length !== 1)
    ctx.addIssue({
      code: "custom",
      message: targets.length
        ? `Mỗi mục menu chỉ dẫn tới một nơi; mục này có ${targets.join(", ")}.`
        : `Mục menu cần cho biết nó dẫn tới đâu: một trong ${MENU_TARGETS.join(", ")}.`,
    });
  else if (!item.title && (targets[0] === "url" || targets[0] === "archive" || targets[0] === "documents"))
    ctx.addIssue({ code: "custom", path: ["title"], message: "Mục menu này cần tên hiển thị (title)." });
}

const MENU_CHILD_KEYS = ["title", ...MENU_TARGETS];
const menuChildSchema = z
  .strictObject(menuFields, {
    error: (issue) =>
      issue.code === "unrecognized_keys" && issue.keys.includes("children")
        ? "Menu chỉ có một cấp mục con: mục con không có children."
        : unknownKeys(MENU_CHILD_KEYS)(issue),
  })
  .superRefine(checkTarget);

const menuItemSchema = z
  .strictObject(
    {
      ...menuFields,
      children: z.array(menuChildSchema, { error: "children phải là danh sách các mục con." }).optional(),
    },
    { error: unknownKeys([...MENU_CHILD_KEYS, "children"]) },
  )
  .superRefine((item, ctx) => {
    // A heading that only opens its children needs no target of its own.
    if (item.children?.length && MENU_TARGETS.every((key) => item[key] === undefined)) {
      if (!item.title)
        ctx.addIssue({ code: "custom", path: ["title"], message: "Mục menu này cần tên (title)." });
      return;
    }
    checkTarget(item, ctx);
  });

const SITE_KEYS = [
  "name",
  "description",
  "organization",
  "address",
  "phone",
  "email",
  "responsible",
  "license",
  "copyrightNotice",
  "logo",
  "pageSize",
  "categories",
  "documentTypes",
  "issuers",
  "menu",
  "twoFactor",
] as const;

export const siteSchema = z.strictObject(
  {
    /** Site name, shown in the header and page titles. */
    name: requiredText("Thiếu tên trang (name).", "Tên trang đang để trống.", "Tên trang phải là chữ."),
    description: requiredText(
      "Thiếu mô tả trang (description).",
      "Mô tả trang đang để trống.",
      "Mô tả phải là chữ.",
    ),
    /** The managing body (cơ quan chủ quản). */
    organization: requiredText(
      "Thiếu cơ quan chủ quản (organization).",
      "Cơ quan chủ quản đang để trống.",
      "Cơ quan chủ quản phải là chữ.",
    ),
    address: optionalText("Địa chỉ phải là chữ."),
    phone: optionalText('Số điện thoại phải viết trong ngoặc kép, ví dụ "0209 3882 000".'),
    email: z.email({ error: "Email không hợp lệ." }).optional(),
    /** The person responsible for the content (người chịu trách nhiệm). */
    responsible: optionalText("Người chịu trách nhiệm phải là chữ."),
    license: optionalText("Giấy phép phải là chữ."),
    copyrightNotice: optionalText("Ghi chú bản quyền phải là chữ."),
    logo: imagePath.optional(),
    pageSize: z
      .number({ error: "pageSize phải là một số nguyên, ví dụ 12." })
      .int({ error: "pageSize phải là một số nguyên, ví dụ 12." })
      .min(1, { error: "pageSize ít nhất là 1." })
      .max(100, { error: "pageSize nhiều nhất là 100." })
      .default(12),
    categories: namedList(
      categorySchema,
      "categories",
      messages("Thiếu danh sách chuyên mục (categories).", "categories phải là danh sách."),
    ).min(1, { error: "Cần ít nhất một chuyên mục." }),
    /** The kinds of document of the library (Nghị quyết, Chỉ thị…), as the site lists them. */
    documentTypes: namedList(namedSchema("loại văn bản"), "documentTypes").default([]),
    /** The bodies that issue documents (cơ quan ban hành). */
    issuers: namedList(namedSchema("cơ quan ban hành"), "issuers").default([]),
    /** The header's menu; without one, the header lists the categories. */
    menu: z.array(menuItemSchema, { error: "menu phải là danh sách các mục." }).optional(),
    /** Whether the newsroom asks biên tập and quản trị for an authenticator code (it does unless this is false). */
    twoFactor: z
      .boolean({ error: "twoFactor chỉ nhận true (bật xác thực hai lớp, mặc định) hoặc false (tắt)." })
      .default(true),
  },
  { error: unknownKeys(SITE_KEYS) },
);

export type SiteConfig = z.output<typeof siteSchema>;
export type Category = SiteConfig["categories"][number];
export type DocumentType = SiteConfig["documentTypes"][number];
export type Issuer = SiteConfig["issuers"][number];
export type MenuItem = NonNullable<SiteConfig["menu"]>[number];
