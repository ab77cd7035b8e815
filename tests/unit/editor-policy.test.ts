import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loginPolicy } from "@/lib/editor/context";

// Two factors for biên tập and quản trị unless the site's settings (site.yml of the repository) turn them off.

const ROOT = path.resolve(import.meta.dirname, "../..");

describe("the login policy", () => {
  it("asks for a code unless the repository's site.yml says twoFactor: false (or the environment, for tests)", () => {
    const data = fs.mkdtempSync(path.join(os.tmpdir(), "editor-policy-"));
    const env: NodeJS.ProcessEnv = { ...process.env, EDITOR_DATA: data, EDITOR_2FA: undefined };
    // No clone yet: two factors.
    expect(loginPolicy(env)).toEqual({ requireTotp: true });
    const content = path.join(data, "repo", "content");
    fs.mkdirSync(content, { recursive: true });
    const site = fs.readFileSync(path.join(ROOT, "content/site.yml"), "utf8");
    fs.writeFileSync(path.join(content, "site.yml"), site);
    expect(loginPolicy(env)).toEqual({ requireTotp: true });
    fs.writeFileSync(path.join(content, "site.yml"), `${site.trimEnd()}\ntwoFactor: false\n`);
    expect(loginPolicy(env)).toEqual({ requireTotp: false });
    // A value that is not a yes or a no: the file has an error, and the safe side holds.
    fs.writeFileSync(path.join(content, "site.yml"), `${site.trimEnd()}\ntwoFactor: "tắt"\n`);
    expect(loginPolicy(env)).toEqual({ requireTotp: true });
    fs.writeFileSync(path.join(content, "site.yml"), site);
    expect(loginPolicy({ ...env, EDITOR_2FA: "tat" })).toEqual({ requireTotp: false });
  });
});
