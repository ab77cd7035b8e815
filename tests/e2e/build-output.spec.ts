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

test("the build does not trace the articles, the content cache or lib's sources as server files", () => {
  // Read at run time from folders the environment names, they are not part of the code: traced, 10,000 articles
  // made each rebuild 3–4 s slower (every route lists and hashes every file).
  const traced = tracedFiles(path.join(".next", "server"));
  expect(traced).toContain(path.join("node_modules", "remark", "package.json"));
  const own = traced.filter((file) => /^(content|lib|public)\//.test(file) || file.includes(".cache"));
  expect(own).toEqual([]);
});
