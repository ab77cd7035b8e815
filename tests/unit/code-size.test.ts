import fs from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
/** Past this a source file is split by responsibility: each file stays readable at once. */
const MAX_LINES = 250;

it(`keeps every source and style file of app/, components/ and lib/ to ${MAX_LINES} lines`, () => {
  const long = ["app", "components", "lib"]
    .flatMap((dir) =>
      (fs.readdirSync(path.join(ROOT, dir), { recursive: true, encoding: "utf8" }) as string[])
        .filter((file) => /\.(tsx?|css)$/.test(file))
        .map((file) => path.join(dir, file)),
    )
    .map((file) => ({ file, lines: fs.readFileSync(path.join(ROOT, file), "utf8").split("\n").length - 1 }))
    .filter(({ lines }) => lines > MAX_LINES);
  expect(long).toEqual([]);
});
