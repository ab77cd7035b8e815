import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";

/** Every file that the sample build's server traces (its `.nft.json` lists), relative to the project. */
function tracedFiles(dist: string): string[] {
  const files = new Set<string>();
  for (const name of fs.readdirSync(dist, { recursive: true }) as string[]) {
    if (!name.endsWith(".nft.json")) continue;
    const list = path.join(dist, name);
    const { files: traced } = JSON.parse(fs.readFileSync(list, "utf8")) as { files: string[] };
    for (const file of traced) files.add(path.relative(".", path.resolve(path.dirname(list), file)));
  }
  return [...files];
}

test("the build traces only packages, its own output and the share images' font as server files", () => {
  // Articles, site.yml, the content cache and lib's sources are read at run time from folders the environment
  // names: traced, 10,000 articles made each rebuild 3–4 s slower (every route listed and hashed every file).
  const dist = process.env.NEXT_DIST_DIR || ".next";
  const traced = tracedFiles(path.join(dist, "server"));
  expect(traced).toContain(path.join("node_modules", "remark", "package.json"));
  expect(traced).toContain(path.join("app", "_shared", "be-vietnam-pro", "700.woff"));
  const expected = (file: string) =>
    (file.startsWith("node_modules/") && !file.startsWith("node_modules/.cache/")) ||
    file.startsWith(`${dist}/`) ||
    file.startsWith("app/_shared/be-vietnam-pro/");
  expect(traced.filter((file) => !expected(file))).toEqual([]);
});
