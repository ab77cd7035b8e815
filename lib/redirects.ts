/**
 * Old addresses that keep working: `content/redirects.yml`, written by the WordPress import (lib/wordpress/import.ts)
 * and editable by hand, maps each old path to the site's page for it (`/2020/09/10/hoi-nghi/: /bai-viet/hoi-nghi`).
 * Read once; each request is one lookup in a Map (O(1)), answered with a permanent redirect by the server's front
 * (lib/http/front.ts). Keys are normalized the same way on both sides: percent-decoded, NFC, without a trailing
 * slash, and without a query string except WordPress's `?p=<id>` and `?page_id=<id>`.
 */
import fs from "node:fs";
import path from "node:path";
import { Document, isMap, isScalar, LineCounter, parseDocument, YAMLMap, type Node, type Pair } from "yaml";
import { ContentError, type ContentProblem } from "./content/problems";

export const REDIRECTS_FILE = "redirects.yml";

/** The lookup key of an old URL or path. */
export function redirectKey(url: string): string {
  const at = url.indexOf("?");
  let pathname = at < 0 ? url : url.slice(0, at);
  const query = new URLSearchParams(at < 0 ? "" : url.slice(at + 1));
  try {
    pathname = decodeURIComponent(pathname);
  } catch {
    // Left as written: it matches nothing the import wrote.
  }
  pathname = pathname.normalize("NFC").replace(/\/+$/, "") || "/";
  // WordPress's own addresses of a post and a page by number: `/?p=123`, `/?page_id=45`.
  for (const name of ["p", "page_id"]) {
    const id = query.get(name);
    if (id && /^\d+$/.test(id)) return `${pathname}?${name}=${id}`;
  }
  return pathname;
}

export type Redirects = ReadonlyMap<string, string>;

const FIELD = "chuyển hướng";
const SHAPE = 'mỗi dòng là "/đường-dẫn-cũ: /đường-dẫn-mới"';

/**
 * The redirects of a content folder (none when it has no redirects.yml), and what is wrong in the file, each problem
 * with its line: not YAML, not a list of `old: new` lines, an old address that is not a path, a new one that is not
 * a path or a URL. A wrong line is left out; the others still work.
 */
export function readRedirects(contentDir: string): {
  redirects: Map<string, string>;
  /** Each redirect's line in the file, by its key. */
  lines: Map<string, number>;
  problems: ContentProblem[];
} {
  const redirects = new Map<string, string>();
  const lineOf = new Map<string, number>();
  const problems: ContentProblem[] = [];
  const file = path.join(contentDir, REDIRECTS_FILE);
  if (!fs.existsSync(file)) return { redirects, lines: lineOf, problems };
  const counter = new LineCounter();
  const doc = parseDocument(fs.readFileSync(file, "utf8"), { lineCounter: counter, uniqueKeys: false });
  const line = (node: { range?: [number, number, number] | null } | null | undefined) =>
    node?.range ? counter.linePos(node.range[0]).line : undefined;
  const problem = (at: number | undefined, message: string) =>
    problems.push({ file: REDIRECTS_FILE, ...(at ? { line: at } : {}), field: FIELD, message });
  for (const error of doc.errors) problem(error.linePos?.[0].line, `YAML lỗi (${error.code}): ${SHAPE}.`);
  if (doc.errors.length) return { redirects, lines: lineOf, problems };
  if (doc.contents === null) return { redirects, lines: lineOf, problems };
  if (!isMap(doc.contents)) {
    problem(line(doc.contents), `tệp phải là các dòng "đường-dẫn-cũ: đường-dẫn-mới" (${SHAPE}).`);
    return { redirects, lines: lineOf, problems };
  }
  for (const pair of doc.contents.items) {
    const from = isScalar(pair.key) ? pair.key.value : null;
    const to = isScalar(pair.value) ? pair.value.value : null;
    const keyLine = line(pair.key as Node | null);
    if (typeof from !== "string" || !from.startsWith("/"))
      problem(keyLine, `đường dẫn cũ phải bắt đầu bằng "/" (${SHAPE}).`);
    else if (
      typeof to !== "string" ||
      !((to.startsWith("/") && !to.startsWith("//")) || /^https?:\/\//.test(to))
    )
      problem(
        keyLine,
        `"${from}" phải chuyển tới một đường dẫn của trang ("/bai-viet/…") hoặc một địa chỉ https://.`,
      );
    else if (redirects.has(redirectKey(from)))
      problem(keyLine, `"${from}" đã có ở một dòng trước: mỗi đường dẫn cũ chỉ một dòng.`);
    else {
      redirects.set(redirectKey(from), to);
      if (keyLine) lineOf.set(redirectKey(from), keyLine);
    }
  }
  for (const [from, loop] of loops(redirects))
    problem(
      lineOf.get(from),
      `vòng chuyển hướng ${loop.join(" → ")}: bạn đọc sẽ không bao giờ tới được trang nào. Sửa một dòng để nó chỉ tới trang thật.`,
    );
  return { redirects, lines: lineOf, problems };
}

/** Where a redirect's target leads next, when it is itself an old address of the file. */
function nextHop(redirects: ReadonlyMap<string, string>, to: string): string | null {
  if (!to.startsWith("/")) return null;
  const key = redirectKey(to);
  return redirects.has(key) ? key : null;
}

/** Each old address that starts a loop, with the addresses it goes round (the first one again at the end). */
function loops(redirects: ReadonlyMap<string, string>): [string, string[]][] {
  const found: [string, string[]][] = [];
  const inLoop = new Set<string>();
  for (const from of redirects.keys()) {
    if (inLoop.has(from)) continue;
    const seen = [from];
    for (
      let at = nextHop(redirects, redirects.get(from)!);
      at !== null;
      at = nextHop(redirects, redirects.get(at)!)
    ) {
      if (at === from) {
        for (const key of seen) inLoop.add(key);
        found.push([from, [...seen, from]]);
        break;
      }
      if (seen.includes(at)) break;
      seen.push(at);
    }
  }
  return found;
}

/**
 * Old addresses whose target is itself an old address (`A → B`, `B → C`): each with the chain it goes through and
 * where it ends, so that the line can point straight there. Loops are errors of their own ({@link readRedirects}).
 */
export function redirectChains(
  redirects: ReadonlyMap<string, string>,
): { from: string; through: string[]; to: string }[] {
  const chains: { from: string; through: string[]; to: string }[] = [];
  for (const [from, first] of redirects) {
    const through: string[] = [];
    let to = first;
    for (
      let at = nextHop(redirects, to);
      at !== null && !through.includes(at) && at !== from;
      at = nextHop(redirects, to)
    ) {
      through.push(at);
      to = redirects.get(at)!;
    }
    if (through.length && nextHop(redirects, to) === null) chains.push({ from, through, to });
  }
  return chains;
}

/** The redirects of a content folder, for the server: a file with a problem stops it with every problem named. */
export function loadRedirects(contentDir: string): Redirects {
  const { redirects, problems } = readRedirects(contentDir);
  if (problems.length) throw new ContentError(problems);
  return redirects;
}

/**
 * The text of redirects.yml with `additions` (keys as {@link redirectKey} gives them) merged in: a line whose old
 * address is already there (however it is written) gets the new target; the others are added, in order. The
 * file's comments and hand-written lines stay as they are, so a second run with the same additions changes nothing.
 */
export function mergeRedirects(existing: string | null, additions: ReadonlyMap<string, string>): string {
  const doc = existing?.trim() ? parseDocument(existing) : new Document(new YAMLMap());
  if (!existing?.trim())
    doc.commentBefore =
      " Old addresses → pages of this site (the WordPress import; lines may be added by hand).";
  if (!isMap(doc.contents)) doc.contents = new YAMLMap();
  const map = doc.contents as YAMLMap;
  const pairs = new Map<string, Pair>();
  for (const pair of map.items as Pair[])
    if (isScalar(pair.key)) pairs.set(redirectKey(String(pair.key.value)), pair);
  for (const [from, to] of [...additions].sort(([a], [b]) => a.localeCompare(b))) {
    const pair = pairs.get(from);
    if (!pair) map.add(doc.createPair(from, to));
    else if (!isScalar(pair.value) || pair.value.value !== to) pair.value = doc.createNode(to);
  }
  return doc.toString({ lineWidth: 0 });
}

/** Where an old URL now lives, or null. */
export function redirectTarget(redirects: Redirects, url: string): string | null {
  return redirects.size ? (redirects.get(redirectKey(url)) ?? null) : null;
}
