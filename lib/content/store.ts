/**
 * The process-wide content: loaded once, validated, indexed and memoized.
 * In development it is loaded again after a file under the content or
 * public folder changes; in production it never changes under a running
 * server.
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

/**
 * Where content and public files are read from: `CONTENT_DIR` and `PUBLIC_DIR`, else `./content` and
 * `./public`; rendered Markdown is cached in `CONTENT_CACHE_DIR`, else `node_modules/.cache/tin-huyen-uy`
 * (an empty value turns the cache off).
 */
export function storeOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): StoreOptions {
  return {
    cacheDir:
      env.CONTENT_CACHE_DIR === undefined
        ? path.join(/* turbopackIgnore: true */ process.cwd(), "node_modules", ".cache", "tin-huyen-uy")
        : env.CONTENT_CACHE_DIR
          ? path.resolve(/* turbopackIgnore: true */ env.CONTENT_CACHE_DIR)
          : null,
    contentDir: env.CONTENT_DIR
      ? path.resolve(/* turbopackIgnore: true */ env.CONTENT_DIR)
      : path.join(/* turbopackIgnore: true */ process.cwd(), "content"),
    publicDir: env.PUBLIC_DIR
      ? path.resolve(/* turbopackIgnore: true */ env.PUBLIC_DIR)
      : path.join(/* turbopackIgnore: true */ process.cwd(), "public"),
    includeDrafts: env.NODE_ENV === "development",
  };
}

/** Load, validate and index: throws a `ContentError` listing every problem, or returns the index. */
export function buildContentIndex(options: StoreOptions): ContentIndex {
  const { site, logo, articles, pages, documents, problems } = loadContent(options);
  if (problems.length > 0 || !site) throw new ContentError(problems);
  const published = <T extends { draft: boolean }>(list: readonly T[]) =>
    options.includeDrafts ? list : list.filter((item) => !item.draft);
  return new ContentIndex(site, published(articles), logo, {
    pages: published(pages),
    documents: published(documents),
  });
}

export interface ContentStore {
  /** The current index, built on first use. */
  get(): ContentIndex;
  /** Stop watching files. */
  close(): void;
}

/**
 * A memoized index. With `watch`, any change under the content or public
 * folder drops it, and the next `get()` loads the files again.
 */
export function createContentStore(options: StoreOptions, { watch = false } = {}): ContentStore {
  let current: ContentIndex | null = null;
  const watchers: fs.FSWatcher[] = [];
  const invalidate = () => {
    current = null;
    clearImageCache();
  };
  if (watch) {
    for (const dir of [options.contentDir, options.publicDir]) {
      try {
        watchers.push(fs.watch(dir, { recursive: true, persistent: false }, invalidate));
      } catch {
        // A missing folder is reported by the loader itself.
      }
    }
  }
  return {
    get() {
      current ??= buildContentIndex(options);
      return current;
    },
    close() {
      for (const watcher of watchers) watcher.close();
    },
  };
}

/**
 * One store per process, kept on `globalThis`: a bundler may include this
 * module in several bundles of one server (pages, route handlers), and each
 * copy must find the same content rather than load its own.
 */
const PROCESS_STORE = Symbol.for("tin-huyen-uy.content-store");
type WithStore = typeof globalThis & { [PROCESS_STORE]?: ContentStore };

/** The content index of this process (configured from the environment). */
export function getContent(): ContentIndex {
  const scope = globalThis as WithStore;
  scope[PROCESS_STORE] ??= createContentStore(storeOptionsFromEnv(), {
    watch: process.env.NODE_ENV === "development",
  });
  return scope[PROCESS_STORE].get();
}
