/**
 * The process-wide content: loaded once, validated, indexed and memoized.
 * In development it is loaded again after a file under the content or
 * public folder changes.
 */
import fs from "node:fs";
import path from "node:path";
import { clearImageCache } from "../markdown/images";
import { ContentIndex } from "./content-index";
import { loadContent, type LoadOptions } from "./load";
import { ContentError } from "./problems";

export interface StoreOptions extends LoadOptions {
  /** Keep drafts in the index (development previews). */
  includeDrafts: boolean;
}

/** Where content and public files are read from: `CONTENT_DIR` and `PUBLIC_DIR`, else `./content` and `./public`. */
export function storeOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): StoreOptions {
  return {
    contentDir: env.CONTENT_DIR
      ? path.resolve(/* turbopackIgnore: true */ env.CONTENT_DIR)
      : path.join(process.cwd(), "content"),
    publicDir: env.PUBLIC_DIR
      ? path.resolve(/* turbopackIgnore: true */ env.PUBLIC_DIR)
      : path.join(process.cwd(), "public"),
    includeDrafts: env.NODE_ENV === "development",
  };
}

/** Load, validate and index: throws a `ContentError` listing every problem, or returns the index. */
export function buildContentIndex(options: StoreOptions): ContentIndex {
  const { site, articles, problems } = loadContent(options);
  if (problems.length > 0 || !site) throw new ContentError(problems);
  return new ContentIndex(site, options.includeDrafts ? articles : articles.filter((a) => !a.draft));
}

let current: ContentIndex | null = null;
let watching = false;

function watchForChanges(options: StoreOptions): void {
  if (watching) return;
  watching = true;
  const invalidate = () => {
    current = null;
    clearImageCache();
  };
  for (const dir of [options.contentDir, options.publicDir]) {
    try {
      fs.watch(dir, { recursive: true, persistent: false }, invalidate);
    } catch {
      // A missing folder is reported by the loader itself.
    }
  }
}

/** The content index of this process. */
export function getContent(): ContentIndex {
  if (current) return current;
  const options = storeOptionsFromEnv();
  if (process.env.NODE_ENV === "development") watchForChanges(options);
  current = buildContentIndex(options);
  return current;
}
