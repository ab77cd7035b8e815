import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ARTICLE_TOOLS_FILE } from "@/lib/assets";
import { FONT_SIZE_KEY, FONT_SIZES, HEAD_SCRIPT, SCRIPT_ATTRIBUTE } from "@/lib/font-size";

const tools = fs.readFileSync(path.resolve(import.meta.dirname, "../../public", ARTICLE_TOOLS_FILE), "utf8");

describe("the font size, between the head script and the article tools", () => {
  it("is kept under one key, with the same number of sizes", () => {
    expect(tools).toContain(`var KEY = ${JSON.stringify(FONT_SIZE_KEY)};`);
    expect(tools).toContain(`var SIZES = ${FONT_SIZES};`);
    expect(HEAD_SCRIPT).toContain(JSON.stringify(FONT_SIZE_KEY));
    expect(HEAD_SCRIPT).toContain(`[0-${FONT_SIZES - 1}]`);
  });

  it("is applied by the head script from storage, and only when it is a valid size", () => {
    const run = (stored: string | null) => {
      const root = { classList: { add: () => {} }, dataset: {} as Record<string, string> };
      const storage = { getItem: (key: string) => (key === FONT_SIZE_KEY ? stored : null) };
      new Function("document", "localStorage", "addEventListener", HEAD_SCRIPT)(
        { documentElement: root },
        storage,
        () => {},
      );
      return root.dataset.fontSize;
    };
    expect(run("2")).toBe("2");
    expect(run(String(FONT_SIZES))).toBeUndefined();
    expect(run("1; alert(1)")).toBeUndefined();
    expect(run(null)).toBeUndefined();
  });
});

describe("the head script and the page's own script", () => {
  function load(named: string | null) {
    const listeners: Record<string, () => void> = {};
    const appended: { src?: string }[] = [];
    const document = {
      documentElement: { classList: { add: () => {} }, dataset: {} },
      querySelector: (selector: string) =>
        selector === `[${SCRIPT_ATTRIBUTE}]` && named !== null ? { getAttribute: () => named } : null,
      createElement: (name: string) => ({ name }),
      body: { appendChild: (element: { src?: string }) => appended.push(element) },
    };
    new Function("document", "localStorage", "addEventListener", HEAD_SCRIPT)(
      document,
      { getItem: () => null },
      (event: string, listener: () => void) => (listeners[event] = listener),
    );
    return { listeners, appended };
  }

  it("loads the script an element names, once the page has loaded, and none on other pages", () => {
    const article = load("/cong-cu-bai-viet.js?v=1");
    expect(article.appended).toEqual([]);
    article.listeners.load!();
    expect(article.appended).toEqual([{ name: "script", src: "/cong-cu-bai-viet.js?v=1" }]);
    const home = load(null);
    home.listeners.load!();
    expect(home.appended).toEqual([]);
  });
});
