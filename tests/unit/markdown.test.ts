import { describe, expect, it } from "vitest";
import { createMarkdownRenderer } from "@/lib/markdown/render";
import { FIXTURE_PUBLIC } from "./helpers";

const renderer = createMarkdownRenderer({ publicDir: FIXTURE_PUBLIC });
/** The rendered body, with its errors (the plugins' fatal messages) as `problems`. */
const render = (markdown: string) => {
  const rendered = renderer(markdown);
  const problems = rendered.messages.filter((m) => m.fatal).map(({ line, message }) => ({ line, message }));
  return { ...rendered, problems };
};

describe("figures and captions", () => {
  it("turns an image alone in its paragraph into a figure with its caption", () => {
    const { html, problems } = render('![Toàn cảnh](/images/photo.png "Toàn cảnh Hội nghị")\n');
    expect(problems).toEqual([]);
    expect(html.trim()).toBe(
      '<figure><img src="/images/photo.png" alt="Toàn cảnh" width="40" height="30" decoding="async"><figcaption>Toàn cảnh Hội nghị</figcaption></figure>',
    );
  });

  it("joins a caption written over two lines into one caption", () => {
    const { html } = render(
      '![Trao giấy khen](/images/photo.png "Đồng chí A, Phó Chủ tịch UBND huyện\ntrao giấy khen")\n',
    );
    expect(html).toContain("<figcaption>Đồng chí A, Phó Chủ tịch UBND huyện trao giấy khen</figcaption>");
    expect(html.match(/<figcaption>/g)).toHaveLength(1);
  });

  it("makes a figure without caption when the image has no title", () => {
    const { html } = render("![Toàn cảnh](/images/photo.png)\n");
    expect(html).toContain("<figure><img");
    expect(html).not.toContain("figcaption");
  });

  it("keeps an image inside a sentence inline", () => {
    const { html } = render('Trước ![biểu tượng](/images/photo.png "chú thích") sau.\n');
    expect(html).not.toContain("<figure>");
    expect(html).toContain('<p>Trước <img src="/images/photo.png" alt="biểu tượng"');
  });

  it("loads every image after the first lazily", () => {
    const { html, images } = render("![Một](/images/photo.png)\n\n![Hai](/images/photo.png)\n");
    const tags = html.match(/<img[^>]*>/g)!;
    expect(tags[0]).not.toContain("loading");
    expect(tags[1]).toContain('loading="lazy"');
    expect(images.map((i) => i.alt)).toEqual(["Một", "Hai"]);
  });
});

describe("sanitizing", () => {
  it("removes script elements, event handlers and raw HTML", () => {
    const { html } = render(
      '<script>alert(1)</script>\n\nChữ <img src=x onerror="alert(1)"> và <b onclick="x()">đậm</b>\n',
    );
    expect(html).not.toMatch(/<script|onerror|onclick|alert\(1\)<\/script>/);
    expect(html).not.toContain("<b");
    expect(html).toContain("Chữ");
  });

  it("drops javascript: links and reports them", () => {
    const { html, problems } = render(
      "[bấm](javascript:alert(1)) và [x](JaVaScRiPt:alert(2)) [y](java&#x09;script:alert(3))\n\n[z]: javascript:alert(4)\n",
    );
    expect(html).not.toMatch(/javascript|alert/i);
    expect(problems).toHaveLength(4);
    expect(problems[0]?.message).toContain('"javascript:"');
  });

  it("reports data: links and images", () => {
    const { problems } = render(
      "[tải](data:text/html;base64,PHNjcmlwdD4=)\n\n![ảnh](data:image/png;base64,AAAA)\n",
    );
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringContaining('"data:"'),
      expect.stringContaining('"data:" không an toàn'),
    ]);
  });

  it("keeps ordinary links", () => {
    const { html, problems } = render(
      "[Cổng](https://example.org/a?b=1) [thư](mailto:a@b.vn) [trang](/bai-viet/x)\n",
    );
    expect(problems).toEqual([]);
    expect(html).toContain('href="https://example.org/a?b=1"');
    expect(html).toContain('href="mailto:a@b.vn"');
    expect(html).toContain('href="/bai-viet/x"');
  });
});

describe("image checks", () => {
  it("reports a missing file, missing alt text and an unreadable file, with lines", () => {
    const { problems } = render(
      "Mở đầu.\n\n![](/images/photo.png)\n\n![Ảnh](/images/khong-co.jpg)\n\n![Hỏng](/images/broken.jpg)\n",
    );
    expect(problems).toEqual([
      { line: 3, message: expect.stringContaining("thiếu mô tả (alt)") },
      { line: 5, message: expect.stringContaining('Không tìm thấy tệp ảnh "public/images/khong-co.jpg"') },
      { line: 7, message: expect.stringContaining("không đọc được") },
    ]);
  });

  it("refuses paths that leave public/ and remote images", () => {
    const { problems } = render(
      "![a](/../package.json)\n\n![b](/images/%2e%2e/%2e%2e/x.png)\n\n![c](https://example.org/a.jpg)\n",
    );
    expect(problems).toHaveLength(3);
    expect(problems[2]?.message).toContain("phải là tệp trong thư mục public/");
  });
});

describe("summary source", () => {
  it("takes the first paragraph as plain text, skipping photos and markup", () => {
    const { firstParagraph } = render(
      '![Ảnh](/images/photo.png "Chú thích")\n\nĐoạn **đầu** có [liên kết](/x).\n\nĐoạn hai.\n',
    );
    expect(firstParagraph).toBe("Đoạn đầu có liên kết.");
  });
});
