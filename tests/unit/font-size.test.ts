import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ARTICLE_TOOLS_FILE } from "@/lib/assets";
import { FONT_SIZE_BOOT_SCRIPT, FONT_SIZE_KEY, FONT_SIZES } from "@/lib/font-size";

const tools = fs.readFileSync(path.resolve(import.meta.dirname, "../../public", ARTICLE_TOOLS_FILE), "utf8");

describe("the font size, between the head script and the article tools", () => {
  it("is kept under one key, with the same number of sizes", () => {
    expect(tools).toContain(`var KEY = ${JSON.stringify(FONT_SIZE_KEY)};`);
    expect(tools).toContain(`var SIZES = ${FONT_SIZES};`);
    expect(FONT_SIZE_BOOT_SCRIPT).toContain(JSON.stringify(FONT_SIZE_KEY));
    expect(FONT_SIZE_BOOT_SCRIPT).toContain(`[0-${FONT_SIZES - 1}]`);
  });

  it("is applied by the head script from storage, and only when it is a valid size", () => {
    const run = (stored: string | null) => {
      const root = { classList: { add: () => {} }, dataset: {} as Record<string, string> };
      const storage = { getItem: (key: string) => (key === FONT_SIZE_KEY ? stored : null) };
      new Function("document", "localStorage", FONT_SIZE_BOOT_SCRIPT)({ documentElement: root }, storage);
      return root.dataset.fontSize;
    };
    expect(run("2")).toBe("2");
    expect(run(String(FONT_SIZES))).toBeUndefined();
    expect(run("1; alert(1)")).toBeUndefined();
    expect(run(null)).toBeUndefined();
  });
});
