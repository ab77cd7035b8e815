/**
 * The version of the code that turns files into articles, for the on-disk
 * content cache: a hash of the project's `lib/` sources and of
 * `package-lock.json` (the Markdown libraries). A production build has it
 * computed once by next.config.ts and compiled in (`CONTENT_CODE_VERSION`), so
 * the build and the server it produces agree whatever the bundler did to the
 * code; elsewhere (CLIs, tests, `next dev`) it is computed from the sources.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/** A hash of `lib/**\/*.ts(x)` and `package-lock.json` under `root`; `null` when they cannot be read. */
export function sourceHash(root: string): string | null {
  try {
    const lib = path.join(/* turbopackIgnore: true */ root, "lib");
    const files = (fs.readdirSync(lib, { recursive: true }) as string[])
      .filter((f) => /\.tsx?$/.test(f))
      .sort()
      .map((f) => path.join(/* turbopackIgnore: true */ lib, f));
    const hash = crypto.createHash("sha1");
    for (const file of [...files, path.join(/* turbopackIgnore: true */ root, "package-lock.json")]) {
      hash.update(path.relative(root, file)).update("\0").update(fs.readFileSync(file)).update("\0");
    }
    return hash.digest("hex");
  } catch {
    return null;
  }
}

let computed: string | undefined;

export function codeVersion(): string {
  computed ??= process.env.CONTENT_CODE_VERSION || sourceHash(process.cwd()) || "unknown";
  return computed;
}
