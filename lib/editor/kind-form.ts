/**
 * The form of each kind of content, generated from its zod schema (through its JSON Schema, lib/content/json-schema):
 * one field per front-matter key but the workflow's (`draft`, `review`), its control from the key's type (a list of
 * choices for an enum, a list for an array, a number, a tick box for a flag, text), whether it is required, and its
 * options the site's names for its slugs. Labels, help and order are the dictionary's (lib/editor/vi.ts).
 *
 * And the file's text from the form, both ways. Only what the writer changed is written back: an unchanged field
 * keeps its line as it was (quotes, order, comments), an unchanged body its bytes, so opening and saving a file
 * without editing it gives the same text, and no commit.
 */
import { parseDocument } from "yaml";
import { documentJsonSchema, frontMatterJsonSchema, pageJsonSchema } from "../content/json-schema";
import type { SiteConfig } from "../content/site-schema";
import type { Kind } from "./catalog";
import { setFrontMatter, splitFrontMatter } from "./front-matter-edit";
import { viEditor } from "./vi";

export type Control = "text" | "long" | "select" | "list" | "number" | "flag";

export interface FieldSpec {
  key: string;
  label: string;
  help: string;
  control: Control;
  required: boolean;
  options?: { value: string; label: string }[];
}

export interface FormValues {
  fields: Record<string, string>;
  body: string;
}

/** The workflow's keys: set by the buttons (lib/editor/workflow.ts), never by a field. */
const WORKFLOW_KEYS = new Set(["draft", "review"]);

type JsonProperty = { type?: string; enum?: string[]; items?: unknown };
type JsonSchema = { properties: Record<string, JsonProperty>; required?: string[] };

const DAY_KEYS = new Set(["updated", "issued", "effective", "expires"]);

function helpOf(key: string): string {
  const help: Record<string, string> = viEditor.web.form.help;
  return key === "date" ? help.date! : DAY_KEYS.has(key) ? help.day! : (help[key] ?? "");
}

function schemaOf(kind: Kind, site: SiteConfig | null): JsonSchema {
  const slugs = (list: readonly { slug: string }[] | undefined) => (list ?? []).map(({ slug }) => slug);
  if (kind === "bai-viet") return frontMatterJsonSchema(slugs(site?.categories)) as JsonSchema;
  if (kind === "trang") return pageJsonSchema() as JsonSchema;
  return documentJsonSchema(slugs(site?.documentTypes), slugs(site?.issuers)) as JsonSchema;
}

/** The names the site gives to the slugs of a key's choices. */
function choiceNames(key: string, site: SiteConfig | null): Map<string, string> {
  const named =
    key === "category"
      ? site?.categories
      : key === "type"
        ? site?.documentTypes
        : key === "issuer"
          ? site?.issuers
          : undefined;
  if (named) return new Map(named.map(({ slug, name }) => [slug, name]));
  return new Map(
    Object.entries(viEditor.web.form.choices[key as keyof typeof viEditor.web.form.choices] ?? {}),
  );
}

export function formSpec(kind: Kind, site: SiteConfig | null): FieldSpec[] {
  const schema = schemaOf(kind, site);
  const labels: Record<string, string> = viEditor.web.form.labels[kind];
  const order = Object.keys(labels);
  const keys = Object.keys(schema.properties)
    .filter((key) => !WORKFLOW_KEYS.has(key))
    .sort((a, b) => (order.indexOf(a) + 1 || Infinity) - (order.indexOf(b) + 1 || Infinity));
  return keys.map((key) => {
    const property = schema.properties[key]!;
    const control: Control = property.enum
      ? "select"
      : property.type === "array"
        ? "list"
        : property.type === "integer" || property.type === "number"
          ? "number"
          : property.type === "boolean"
            ? "flag"
            : key === "summary"
              ? "long"
              : "text";
    const names = choiceNames(key, site);
    return {
      key,
      label: labels[key] ?? key,
      help: helpOf(key),
      control,
      required: schema.required?.includes(key) ?? false,
      ...(property.enum
        ? { options: property.enum.map((value) => ({ value, label: names.get(value) ?? value })) }
        : {}),
    };
  });
}

function frontMatter(text: string): Record<string, unknown> {
  const data = parseDocument(splitFrontMatter(text.replace(/\r\n?/g, "\n")).yaml).toJS() as unknown;
  return data && typeof data === "object" ? (data as Record<string, unknown>) : {};
}

const asText = (value: unknown) =>
  typeof value === "string" || typeof value === "number" ? String(value) : "";
const normalBody = (body: string) => body.replace(/\r\n?/g, "\n").replace(/^\n+/, "").trimEnd();
const listItems = (value: string) =>
  value
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter(Boolean);

function fieldValue(value: unknown, control: Control): string {
  if (control === "flag") return value === true ? "1" : "";
  if (control === "list")
    return Array.isArray(value) ? value.map(asText).filter(Boolean).join(", ") : asText(value);
  return asText(value);
}

/** The form's values for a file's text. */
export function formValues(text: string, spec: readonly FieldSpec[]): FormValues {
  const data = frontMatter(text);
  return {
    fields: Object.fromEntries(spec.map(({ key, control }) => [key, fieldValue(data[key], control)])),
    body: normalBody(splitFrontMatter(text.replace(/\r\n?/g, "\n")).body),
  };
}

/** The form's values as posted (a tick box posts nothing when not ticked). */
export function postedValues(form: URLSearchParams, spec: readonly FieldSpec[]): FormValues {
  return {
    fields: Object.fromEntries(spec.map(({ key }) => [key, form.get(key) ?? ""])),
    body: form.get("body") ?? "",
  };
}

/** The written value of a field as the form holds it (undefined: the key removed). */
function written(value: string, control: Control): string | number | boolean | string[] | undefined {
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  if (control === "flag") return true;
  if (control === "list") return listItems(trimmed);
  // Not a whole number: written as typed, for the check to say what is wrong.
  if (control === "number") return /^-?\d{1,15}$/.test(trimmed) ? Number(trimmed) : trimmed;
  return trimmed;
}

const EMPTY = "---\n---\n";

/** The file's text with the form's values: the original's where they did not change. */
export function formText(original: string | null, spec: readonly FieldSpec[], values: FormValues): string {
  const base = (original ?? EMPTY).replace(/\r\n?/g, "\n");
  const before = formValues(base, spec);
  const changes: Record<string, ReturnType<typeof written>> = {};
  for (const { key, control } of spec) {
    const value = values.fields[key] ?? "";
    const normal =
      control === "list"
        ? listItems(value).join(", ")
        : control === "flag"
          ? value
            ? "1"
            : ""
          : value.trim();
    if (normal !== before.fields[key]) changes[key] = written(value, control);
  }
  let text = Object.keys(changes).length ? setFrontMatter(base, changes) : base;
  const body = normalBody(values.body);
  if (body !== before.body) {
    const { yaml } = splitFrontMatter(text);
    text = `---\n${yaml}---\n\n${body}\n`;
  }
  return text;
}
