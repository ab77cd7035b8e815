import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { editorPaths } from "@/lib/editor/paths";
import config from "@/next.config";
import { parsePagePath } from "@/lib/route-paths";
import {
  buildPath,
  LISTING_ROUTES,
  listingHref,
  matchPath,
  pageOneRedirects,
  ROUTES,
  routes,
  sitemapPartNumber,
  type RouteName,
} from "@/lib/routes";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** Each builder with sample arguments and the route its path must have. */
const SAMPLES: { [Name in keyof typeof routes]: [Parameters<(typeof routes)[Name]>, RouteName][] } = {
  home: [[[], "home"]],
  article: [[["hoi-nghi"], "article"]],
  category: [
    [["dan-van"], "category"],
    [["dan-van", 1], "category"],
    [["dan-van", 3], "categoryPage"],
  ],
  tag: [
    [["de-an"], "tag"],
    [["de-an", 2], "tagPage"],
  ],
  archive: [[[], "archive"]],
  month: [
    [[2020, 9], "month"],
    [[2020, 12, 4], "monthPage"],
  ],
  search: [
    [[], "search"],
    [["dân vận", 2], "search"],
  ],
  feed: [[[], "feed"]],
  categoryFeed: [[["dan-van"], "categoryFeed"]],
  sitemap: [[[], "sitemap"]],
  newsSitemap: [[[], "newsSitemap"]],
  sitemapPart: [[[7], "sitemapPart"]],
  notFound: [[[], "notFound"]],
  shareImage: [[[], "shareImage"]],
  articleShareImage: [[["hoi-nghi"], "articleShareImage"]],
  documents: [
    [[], "documents"],
    [[{ type: "nghi-quyet", year: 2025 }, 2], "documents"],
  ],
  document: [[["nghi-quyet-15"], "document"]],
  documentsFeed: [[[], "documentsFeed"]],
  page: [[["/gioi-thieu/lich-su-dang-bo"], "other"]],
};

/** Which route a path has: the first of the table's patterns that matches it (the catch-all last). */
function routeOf(pathname: string): RouteName | undefined {
  const names = (Object.keys(ROUTES) as RouteName[]).filter((name) => name !== "other");
  return [...names, "other" as const].find((name) => matchPath(ROUTES[name], pathname) !== null);
}

describe("the route table", () => {
  it("builds the URLs it always has", () => {
    expect(routes.home()).toBe("/");
    expect(routes.article("hoi-nghi")).toBe("/bai-viet/hoi-nghi");
    expect(routes.category("dan-van")).toBe("/chuyen-muc/dan-van");
    expect(routes.category("dan-van", 3)).toBe("/chuyen-muc/dan-van/trang/3");
    expect(routes.tag("de-an", 2)).toBe("/the/de-an/trang/2");
    expect(routes.archive()).toBe("/luu-tru");
    expect(routes.month(2020, 9)).toBe("/luu-tru/2020/09");
    expect(routes.month(2020, 9, 2)).toBe("/luu-tru/2020/09/trang/2");
    expect(routes.search("dân vận", 2)).toBe("/tim-kiem?q=d%C3%A2n+v%E1%BA%ADn&trang=2");
    expect(routes.feed()).toBe("/rss.xml");
    expect(routes.categoryFeed("dan-van")).toBe("/chuyen-muc/dan-van/rss.xml");
    expect(routes.sitemap()).toBe("/sitemap.xml");
    expect(routes.newsSitemap()).toBe("/sitemap-news.xml");
    expect(routes.sitemapPart(0)).toBe("/sitemaps/0.xml");
    expect(routes.notFound()).toBe("/khong-tim-thay");
    expect(routes.shareImage()).toBe("/anh-chia-se");
    expect(routes.articleShareImage("hoi-nghi")).toBe("/anh-chia-se/bai-viet/hoi-nghi");
  });

  it("reads back every builder's path as its route, with the same params", () => {
    for (const [builder, samples] of Object.entries(SAMPLES)) {
      for (const [args, name] of samples) {
        const url = (routes[builder as keyof typeof routes] as (...a: unknown[]) => string)(...args);
        const pathname = url.split("?")[0]!;
        expect(routeOf(pathname), url).toBe(name);
        const params = matchPath(ROUTES[name], pathname)!;
        expect(buildPath(ROUTES[name], params as never), url).toBe(pathname);
        expect(matchPath(ROUTES[name], `${pathname}/`), `${url} with a trailing slash`).toEqual(
          pathname === "/" ? null : params,
        );
      }
    }
  });

  it("has a path of each shape, then a page of each listing, parsed back by parsePagePath", () => {
    expect(parsePagePath(routes.article("hoi-nghi"))).toEqual({ kind: "article", slug: "hoi-nghi" });
    for (const page of [1, 2, 10]) {
      const pageParam = page > 1 ? String(page) : null;
      expect(parsePagePath(routes.category("dan-van", page))).toEqual({
        kind: "category",
        slug: "dan-van",
        page: pageParam,
      });
      expect(parsePagePath(routes.tag("de-an", page))).toEqual({
        kind: "tag",
        slug: "de-an",
        page: pageParam,
      });
      expect(parsePagePath(routes.month(2020, 9, page))).toEqual({
        kind: "month",
        year: "2020",
        month: "09",
        page: pageParam,
      });
    }
    for (const [name, { first, paged }] of Object.entries(LISTING_ROUTES)) {
      const ref =
        name === "month"
          ? ({ kind: "month", year: "2020", month: "09" } as const)
          : ({ kind: name as "category" | "tag", slug: "x" } as const);
      expect(matchPath(first, listingHref(ref))).not.toBeNull();
      expect(matchPath(paged, listingHref(ref, 2))).toMatchObject({ page: "2" });
    }
  });

  it("parses no other path as a page: routes that always answer, files, paths that are not slugs", () => {
    for (const pathname of [
      "/",
      "/luu-tru",
      "/tim-kiem",
      "/rss.xml",
      "/chuyen-muc//trang/2",
      "/anh-chia-se",
      "/sitemap.xml",
      "/van-ban",
      "/van-ban/rss.xml",
      "/icon.svg",
      "/Bai-Viet/x",
    ]) {
      expect(parsePagePath(pathname), pathname).toBeNull();
    }
  });

  it("parses the files of a route with a parameter: a category's feed, an article's share image, a sitemap part", () => {
    expect(parsePagePath(routes.categoryFeed("dan-van"))).toEqual({ kind: "categoryFeed", slug: "dan-van" });
    expect(parsePagePath(routes.articleShareImage("a"))).toEqual({ kind: "articleShareImage", slug: "a" });
    expect(parsePagePath(routes.sitemapPart(3))).toEqual({ kind: "sitemapPart", file: "3.xml" });
  });

  it("reads a sitemap part's number as its builder writes it", () => {
    for (const n of [0, 1, 42]) {
      expect(sitemapPartNumber(matchPath(ROUTES.sitemapPart, routes.sitemapPart(n))!.file)).toBe(n);
    }
    for (const file of ["01.xml", "1", "x.xml", "-1.xml"]) expect(sitemapPartNumber(file)).toBeNull();
  });
});

describe("the redirects", () => {
  const expected = [
    { source: "/chuyen-muc/:slug/trang/1", destination: "/chuyen-muc/:slug", permanent: true },
    { source: "/the/:slug/trang/1", destination: "/the/:slug", permanent: true },
    { source: "/luu-tru/:year/:month/trang/1", destination: "/luu-tru/:year/:month", permanent: true },
  ];

  it("send page 1 of each listing to the listing's own URL", () => {
    expect(pageOneRedirects()).toEqual(expected);
    for (const { source, destination } of pageOneRedirects()) {
      const names = [...source.matchAll(/:(\w+)/g)].map((m) => m[1]!);
      const values = Object.fromEntries(names.map((name) => [name, `${name}-value`]));
      const from = parsePagePath(source.replace(/:(\w+)/g, (_, name: string) => values[name]!));
      const to = parsePagePath(destination.replace(/:(\w+)/g, (_, name: string) => values[name]!));
      expect(from).toMatchObject({ page: "1" });
      expect(to).toEqual({ ...from, page: null });
    }
  });

  it("are what next.config.ts gives Next.js", async () => {
    expect(await config("phase-production-server").redirects!()).toEqual(expected);
  });
});

/** The URL pattern of a route file, as Next.js routes it (`null`: not a route). */
function patternOfFile(file: string): string | null {
  const [top, ...rest] = file.split("/");
  const name = rest.pop()!;
  const dirs = rest.filter((dir) => !dir.startsWith("("));
  if (dirs.some((dir) => dir.startsWith("_"))) return null;
  let segments: string[];
  if (top === "pages") {
    const base = name.replace(/\.tsx?$/, "");
    if (["_app", "_document", "_error", "404", "500"].includes(base)) return null;
    segments = base === "index" ? dirs : [...dirs, base];
  } else if (/^route\.tsx?$/.test(name)) {
    segments = dirs;
  } else if (dirs.length === 0 && /^robots\.tsx?$/.test(name)) {
    segments = ["robots.txt"];
  } else {
    return null;
  }
  const path = segments
    .map((segment) => segment.replace(/^\[\.\.\.(\w+)\]$/, ":$1+").replace(/^\[(\w+)\]$/, ":$1"))
    .join("/");
  return `/${path}`;
}

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(path.join(ROOT, dir), { recursive: true, encoding: "utf8" })
    .map((file) => `${dir}/${file.split(path.sep).join("/")}`)
    .filter((file) => /\.tsx?$/.test(file));
}

describe("the route folders", () => {
  it("are the route table's shapes, each once", () => {
    const onDisk = [...filesUnder("pages"), ...filesUnder("app")]
      .map(patternOfFile)
      .filter((pattern) => pattern !== null);
    // The reserved not-found path has no file: the catch-all answers it.
    // The editor's pages are the editor's own table (lib/editor/paths.ts), served by its own process.
    const inTable = [
      ...Object.entries(ROUTES)
        .filter(([name]) => name !== "notFound")
        .map(([, pattern]) => pattern),
      ...Object.values(editorPaths),
    ];
    expect(onDisk.sort()).toEqual(inTable.sort());
    const answering = (Object.keys(ROUTES) as RouteName[]).filter(
      (name) => name !== "notFound" && matchPath(ROUTES[name], ROUTES.notFound),
    );
    expect(answering).toEqual(["other"]);
  });
});
