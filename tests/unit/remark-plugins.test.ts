// Each remark plugin of the article pipeline on its own, on small trees: what it does to the tree, and what it
// reports (vfile messages: the rule, the place, error or warning). The whole pipeline is tested in markdown.test.ts.
import type { Root, Table } from "mdast";
import remarkGfm from "remark-gfm";
import { remark } from "remark";
import type { Plugin } from "unified";
import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import remarkFigure from "@/lib/markdown/remark-figure";
import remarkGallery from "@/lib/markdown/remark-gallery";
import remarkImages from "@/lib/markdown/remark-images";
import remarkNesting, { MAX_NESTING } from "@/lib/markdown/remark-nesting";
import remarkSafeLinks from "@/lib/markdown/remark-safe-links";
import remarkTableRegion from "@/lib/markdown/remark-table-region";
import remarkTypography from "@/lib/markdown/remark-typography";
import { createMarkdownRenderer } from "@/lib/markdown/render";
import { FIXTURE_PUBLIC } from "./helpers";

/** Parse `markdown`, run one plugin on the tree; the tree and the file's messages, in short. */
function run<O>(plugin: Plugin<[O], Root> | Plugin<[], Root>, markdown: string, options?: O) {
  const processor = remark().use(plugin as Plugin<[O?], Root>, options);
  const file = new VFile(markdown);
  const tree = processor.runSync(processor.parse(file), file) as Root;
  const messages = file.messages.map((m) => ({
    line: m.line,
    ruleId: m.ruleId,
    source: m.source,
    fatal: m.fatal,
  }));
  return { tree, file, messages };
}

describe("remark-figure", () => {
  it("makes an image alone in its paragraph a figure, its title the caption on one line", () => {
    const { tree, messages } = run(remarkFigure, '![Ảnh](/a.jpg "Đồng chí A\n  trao giấy khen")\n');
    expect(tree.children).toMatchObject([
      {
        type: "figure",
        data: { hName: "figure" },
        children: [
          { type: "image", url: "/a.jpg", alt: "Ảnh", title: null },
          { type: "figcaption", children: [{ type: "text", value: "Đồng chí A trao giấy khen" }] },
        ],
      },
    ]);
    expect(messages).toEqual([]);
  });

  it("leaves an image inside a sentence in its paragraph", () => {
    const { tree } = run(remarkFigure, "Trước ![biểu tượng](/a.jpg) sau.\n");
    expect(tree.children.map((c) => c.type)).toEqual(["paragraph"]);
  });

  it("warns about a figure without a caption, at its line", () => {
    const { tree, messages } = run(remarkFigure, "Mở đầu.\n\n![Ảnh](/a.jpg)\n");
    expect(tree.children[1]).toMatchObject({ type: "figure", children: [{ type: "image" }] });
    expect((tree.children[1] as unknown as { children: unknown[] }).children).toHaveLength(1);
    expect(messages).toEqual([{ line: 3, ruleId: "figure-caption", source: "remark-figure", fatal: false }]);
  });
});

describe("remark-images", () => {
  const options = { publicDir: FIXTURE_PUBLIC };

  it("gives each found photo its size, and every photo after the first lazy loading", () => {
    const { tree, file, messages } = run(
      remarkImages,
      "![Một](/images/photo.png)\n\n![Hai](/images/photo.png)\n",
      options,
    );
    const images = tree.children.map((p) => (p as { children: { data?: unknown }[] }).children[0]!.data);
    expect(images).toEqual([
      { hProperties: { width: 40, height: 30, decoding: "async" } },
      { hProperties: { width: 40, height: 30, loading: "lazy", decoding: "async" } },
    ]);
    expect(file.data.images?.map((i) => [i.src, i.alt, i.width, i.height])).toEqual([
      ["/images/photo.png", "Một", 40, 30],
      ["/images/photo.png", "Hai", 40, 30],
    ]);
    expect(messages).toEqual([]);
  });

  it("reports missing alt text and a missing, unreadable or outside file as errors, and lists every path", () => {
    const { file, messages } = run(
      remarkImages,
      "![](/images/photo.png)\n\n![A](/images/khong-co.jpg)\n\n![B](/images/broken.jpg)\n\n![C](https://x.vn/a.jpg)\n",
      options,
    );
    expect(messages).toEqual([
      { line: 1, ruleId: "image-alt", source: "remark-images", fatal: true },
      { line: 3, ruleId: "image-file", source: "remark-images", fatal: true },
      { line: 5, ruleId: "image-file", source: "remark-images", fatal: true },
      { line: 7, ruleId: "image-file", source: "remark-images", fatal: true },
    ]);
    expect(file.data.imageSources).toEqual([
      "/images/photo.png",
      "/images/khong-co.jpg",
      "/images/broken.jpg",
      "https://x.vn/a.jpg",
    ]);
    expect(file.data.images?.map((i) => i.src)).toEqual(["/images/photo.png"]);
  });
});

describe("remark-safe-links", () => {
  it("reports links and definitions whose protocol could run code, and no other", () => {
    const { messages, tree } = run(
      remarkSafeLinks,
      "[a](https://x.vn) [b](/bai-viet/x) [c](mailto:a@x.vn) [d](javascript:alert(1))\n\n[e]: data:text/html,x\n",
    );
    expect(messages).toEqual([
      { line: 1, ruleId: "unsafe-link", source: "remark-safe-links", fatal: true },
      { line: 3, ruleId: "unsafe-link", source: "remark-safe-links", fatal: true },
    ]);
    // Reporting only: the sanitizer drops the href later.
    expect(JSON.stringify(tree)).toContain("javascript:alert(1)");
  });
});

describe("remark-typography", () => {
  it("warns once per kind, at its first place, in words and captions but not in code", () => {
    const { messages } = run(
      remarkTypography,
      'Một “ câu ” có  hai dấu cách.\n\nLại  hai dấu cách.\n\n`mã "thẳng"`\n\n![Ảnh](/a.jpg "chú thích \\"thẳng\\"")\n',
    );
    expect(messages).toEqual([
      { line: 1, ruleId: "quote-open-space", source: "remark-typography", fatal: false },
      { line: 1, ruleId: "quote-close-space", source: "remark-typography", fatal: false },
      { line: 1, ruleId: "double-space", source: "remark-typography", fatal: false },
      { line: 7, ruleId: "straight-quote", source: "remark-typography", fatal: false },
    ]);
  });

  it("says nothing about clean text", () => {
    expect(run(remarkTypography, "Phong trào “Dân vận khéo” ở xã.\n").messages).toEqual([]);
  });
});

describe("remark-nesting", () => {
  const nested = (depth: number) =>
    Array.from({ length: depth }, (_, i) => `${"  ".repeat(i)}- mục ${i + 1}`).join("\n") + "\n";

  it(`accepts lists nested ${MAX_NESTING} deep, and reports one level more once, as an error`, () => {
    expect(run(remarkNesting, nested(MAX_NESTING)).messages).toEqual([]);
    expect(run(remarkNesting, nested(MAX_NESTING + 2)).messages).toEqual([
      { line: MAX_NESTING + 1, ruleId: "nesting", source: "remark-nesting", fatal: true },
    ]);
  });

  it("counts block quotes and lists together", () => {
    const quotes = `${"> ".repeat(MAX_NESTING)}- trích\n`;
    expect(run(remarkNesting, quotes).messages).toEqual([
      { line: 1, ruleId: "nesting", source: "remark-nesting", fatal: true },
    ]);
  });
});

describe("remark-table-region", () => {
  const table = "| STT | Họ và tên | Số phiếu |\n| :-: | --- | --: |\n| 1 | Nguyễn Văn A | 1.234 |\n";

  it("wraps a table in a labelled, focusable region, its alignment as classes", () => {
    const processor = remark().use(remarkGfm).use(remarkTableRegion);
    const tree = processor.runSync(processor.parse(table)) as Root;
    expect(tree.children).toMatchObject([
      {
        type: "tableRegion",
        data: {
          hName: "div",
          hProperties: {
            className: ["bang-cuon"],
            role: "region",
            ariaLabel: "Bảng: STT, Họ và tên, Số phiếu",
            tabIndex: 0,
          },
        },
        children: [{ type: "table", align: null }],
      },
    ]);
    const row = (tree.children[0] as unknown as { children: [Table] }).children[0].children[1]!;
    expect(row.children.map((cell) => cell.data?.hProperties?.className)).toEqual([
      ["can-giua"],
      undefined,
      ["can-phai"],
    ]);
  });

  it("renders through the site's pipeline as valid HTML: no align attribute, strikethrough kept, raw HTML dropped", () => {
    const render = createMarkdownRenderer({ publicDir: FIXTURE_PUBLIC });
    const { html } = render(`${table}\n~~bãi bỏ~~ <div role="region" onclick="x()">chèn</div>\n`);
    expect(html).toContain(
      '<div class="bang-cuon" role="region" aria-label="Bảng: STT, Họ và tên, Số phiếu" tabindex="0"><table>',
    );
    expect(html).toContain('<th class="can-giua">STT</th>');
    expect(html).toContain('<td class="can-phai">1.234</td>');
    expect(html).not.toContain("align=");
    expect(html).toContain("<del>bãi bỏ</del>");
    expect(html).not.toMatch(/onclick|<div role/);
  });
});

describe("remark-gallery", () => {
  it("groups photos that follow one another into a gallery, and leaves a lone photo as it is", () => {
    const processor = remark().use(remarkFigure).use(remarkGallery);
    const markdown = '![A](/a.jpg "A")\n\n![B](/b.jpg "B")\n\nChữ.\n\n![C](/c.jpg "C")\n';
    const tree = processor.runSync(processor.parse(markdown)) as Root;
    expect(tree.children.map((node) => node.type)).toEqual(["gallery", "paragraph", "figure"]);
    expect(tree.children[0]).toMatchObject({
      data: { hName: "div", hProperties: { className: ["thu-vien-anh"] } },
      children: [{ type: "figure" }, { type: "figure" }],
    });
  });

  it("renders through the site's pipeline as a div of figures", () => {
    const render = createMarkdownRenderer({ publicDir: FIXTURE_PUBLIC });
    const { html } = render('![A](/images/photo.png "A")\n\n![B](/images/photo.png "B")\n');
    expect(html.trim()).toMatch(
      /^<div class="thu-vien-anh"><figure>.*<\/figure>\s*<figure>.*<\/figure><\/div>$/s,
    );
  });
});
