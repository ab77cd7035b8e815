import { fromHtml } from "hast-util-from-html";
import { toHtml } from "hast-util-to-html";
import { unified } from "unified";
import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import { htmlToMarkdown } from "@/lib/wordpress/body";
import rehypeAltText from "@/lib/wordpress/rehype-alt-text";
import rehypeShortcodes from "@/lib/wordpress/rehype-shortcodes";
import rehypeWpautop from "@/lib/wordpress/rehype-wpautop";

const attachments = new Map([
  [
    456,
    {
      url: "/wp-content/uploads/2020/09/toan-canh.jpg",
      alt: "Toàn cảnh Hội nghị tổng kết",
      caption: "Toàn cảnh",
    },
  ],
  [457, { url: "/wp-content/uploads/2020/09/trao-giay-khen.jpg", alt: "", caption: "Trao giấy khen" }],
]);

/** One plugin on a small tree, as HTML again. */
function run(
  plugin: typeof rehypeWpautop | typeof rehypeShortcodes | typeof rehypeAltText,
  html: string,
  options?: object,
) {
  const tree = fromHtml(html, { fragment: true });
  const file = new VFile();
  unified().use(plugin, options).runSync(tree, file);
  return { html: toHtml(tree), file };
}

describe("rehype-wpautop", () => {
  it("makes paragraphs from blank lines and <br> from single line breaks, blocks standing alone", () => {
    const { html } = run(rehypeWpautop, "Một <b>hai</b>\nba\n\nBốn\n<ul><li>x</li></ul>\nNăm");
    expect(html).toBe("<p>Một <b>hai</b><br>ba</p><p>Bốn</p><ul><li>x</li></ul><p>Năm</p>");
  });

  it("makes blank-line paragraphs of a classic post that also writes some <p> out", () => {
    expect(run(rehypeWpautop, "<p>Một</p>\n\nHai\n\nBa\nbốn").html).toBe(
      "<p>Một</p><p>Hai</p><p>Ba<br>bốn</p>",
    );
  });

  it("leaves a block-editor post alone", () => {
    const block = "<!-- wp:paragraph --><p>Một</p><!-- /wp:paragraph -->\n\nHai";
    expect(run(rehypeWpautop, block).html).toBe(block);
  });
});

describe("rehype-alt-text", () => {
  it("gives a block-editor photo without alt text its attachment's, else its caption", () => {
    const { html } = run(
      rehypeAltText,
      '<figure><img class="wp-image-456" src="/a.jpg" alt=""><figcaption>Chú thích</figcaption></figure>' +
        '<figure><img class="wp-image-457" src="/b.jpg"><figcaption>Trao giấy khen</figcaption></figure>',
      { attachments },
    );
    expect(html).toBe(
      '<figure><img class="wp-image-456" src="/a.jpg" alt="Toàn cảnh Hội nghị tổng kết"><figcaption>Chú thích</figcaption></figure>' +
        '<figure><img class="wp-image-457" src="/b.jpg" alt="Trao giấy khen"><figcaption>Trao giấy khen</figcaption></figure>',
    );
  });

  it("keeps alt text that is there, and leaves a photo with nothing to go on as it is", () => {
    const html =
      '<figure><img class="wp-image-456" src="/a.jpg" alt="Của tác giả"></figure><p><img src="/c.jpg"></p>';
    expect(run(rehypeAltText, html, { attachments }).html).toBe(html);
  });
});

describe("rehype-shortcodes", () => {
  it("makes a [caption] a figure, with the attachment's alt text when the photo has none", () => {
    const { html } = run(
      rehypeShortcodes,
      '[caption id="attachment_456" width="800"]<img src="/a-1024x683.jpg" alt=""> Toàn cảnh Hội nghị[/caption]',
      { attachments },
    );
    expect(html).toBe(
      '<figure><img src="/a-1024x683.jpg" alt="Toàn cảnh Hội nghị tổng kết"><figcaption>Toàn cảnh Hội nghị</figcaption></figure>',
    );
  });

  it("reads the older caption attribute (any case, any quotes), and falls back to the caption for the alt text", () => {
    const { html } = run(
      rehypeShortcodes,
      '[caption CAPTION=\'Trao giấy khen\' width=300]<a href="/x"><img src="/b.jpg"></a>[/caption]',
    );
    expect(html).toBe(
      '<figure><img src="/b.jpg" alt="Trao giấy khen"><figcaption>Trao giấy khen</figcaption></figure>',
    );
  });

  it("makes a gallery one figure per photo, and an embed a link", () => {
    expect(run(rehypeShortcodes, '[gallery ids="456,457"]', { attachments }).html).toBe(
      '<figure><img src="/wp-content/uploads/2020/09/toan-canh.jpg" alt="Toàn cảnh Hội nghị tổng kết"><figcaption>Toàn cảnh</figcaption></figure>' +
        '<figure><img src="/wp-content/uploads/2020/09/trao-giay-khen.jpg" alt="Trao giấy khen"><figcaption>Trao giấy khen</figcaption></figure>',
    );
    expect(run(rehypeShortcodes, "[embed]https://youtu.be/abc[/embed]").html).toBe(
      '<p><a href="https://youtu.be/abc">Xem video: https://youtu.be/abc</a></p>',
    );
    // Jetpack's form: the address as a positional attribute.
    expect(run(rehypeShortcodes, "[youtube https://www.youtube.com/watch?v=abc]").html).toBe(
      '<p><a href="https://www.youtube.com/watch?v=abc">Xem video: https://www.youtube.com/watch?v=abc</a></p>',
    );
  });

  it("removes theme and page-builder shortcodes, keeps what they hold, and reports them", () => {
    const { html, file } = run(
      rehypeShortcodes,
      '[vc_row][vc_column]<p>Giữ lại</p>[/vc_column][/vc_row][td_block_big_grid sort="x"]',
    );
    expect(html).toBe("<p>Giữ lại</p>");
    expect(file.data.shortcodes?.removed).toEqual(["td_block_big_grid", "vc_column", "vc_row"]);
  });
});

describe("a post's body as Markdown", () => {
  it("turns a classic post with a [caption] into paragraphs and a figure", () => {
    const body = htmlToMarkdown(
      'Thời gian qua, Huyện ủy đã quán triệt.\n\n[caption id="attachment_456"]<img class="wp-image-456" src="/t.jpg" alt="" /> Toàn cảnh Hội nghị[/caption]\nKết quả tốt.',
      { attachments },
    );
    expect(body.markdown).toBe(
      'Thời gian qua, Huyện ủy đã quán triệt.\n\n![Toàn cảnh Hội nghị tổng kết](/t.jpg "Toàn cảnh Hội nghị")\n\nKết quả tốt.\n',
    );
  });

  it("keeps a Gutenberg image block's caption, and makes embedded frames links", () => {
    const body = htmlToMarkdown(
      '<!-- wp:image --><figure class="wp-block-image"><img src="/a.jpg" alt="Ảnh"/><figcaption>Chú thích</figcaption></figure><!-- /wp:image -->' +
        '<p>Xem:</p><iframe src="https://www.youtube.com/embed/abc"></iframe>' +
        '<figure class="wp-block-embed is-provider-facebook"><div class="wp-block-embed__wrapper">https://www.facebook.com/x/videos/1</div></figure>',
    );
    expect(body.markdown).toBe(
      '![Ảnh](/a.jpg "Chú thích")\n\nXem:\n\n[Xem video: https://www.youtube.com/embed/abc](https://www.youtube.com/embed/abc)\n\n' +
        "[Xem video: https://www.facebook.com/x/videos/1](https://www.facebook.com/x/videos/1)\n",
    );
  });

  it("never lets scripts, event handlers or javascript: URLs through", () => {
    const body = htmlToMarkdown(
      '<p onclick="alert(1)">Chữ <a href="javascript:alert(1)">liên kết</a></p><script>alert(1)</script><img src="/x.jpg" onerror="alert(1)" alt="x">',
    );
    expect(body.markdown).not.toMatch(/alert|javascript|onerror|onclick|script/);
    expect(body.markdown).toContain("Chữ");
  });
});

describe("what stopped the import before", () => {
  it("keeps a table and strikethrough as GitHub Flavored Markdown", () => {
    const { markdown } = htmlToMarkdown(
      "<p>Kết quả bầu cử:</p><table><thead><tr><th>Họ và tên</th><th>Số phiếu</th></tr></thead><tbody><tr><td>Nguyễn Văn A</td><td>1.234</td></tr></tbody></table><p><del>Đã hủy</del></p>",
    );
    expect(markdown).toContain("| Họ và tên    | Số phiếu |");
    expect(markdown).toContain("| Nguyễn Văn A | 1.234    |");
    expect(markdown).toContain("~~Đã hủy~~");
  });

  it("keeps what a block editor's figure holds when it is no photo: a table, a quotation", () => {
    const { markdown } = htmlToMarkdown(
      '<!-- wp:table --><figure class="wp-block-table"><table><thead><tr><th>Xã</th><th>Số hộ</th></tr></thead><tbody><tr><td>Bản Thi</td><td>412</td></tr></tbody></table><figcaption>Nguồn: UBND xã</figcaption></figure><!-- /wp:table -->' +
        '<figure class="wp-block-pullquote"><blockquote><p>Dân biết, dân bàn.</p></blockquote></figure>' +
        '<figure><img src="/mat.jpg"><figcaption>Ảnh đã mất</figcaption></figure>',
      { image: (src) => (src === "/mat.jpg" ? null : src) },
    );
    expect(markdown).toBe(
      "| Xã      | Số hộ |\n| ------- | ----- |\n| Bản Thi | 412   |\n\nNguồn: UBND xã\n\n> Dân biết, dân bàn.\n",
    );
  });

  it("writes superscripts and subscripts as their Unicode characters, and reports those that have none", () => {
    const body = htmlToMarkdown(
      "<p>Diện tích 25 m<sup>2</sup>, khí CO<sub>2</sub>, nhiệt độ 30<sup>o</sup>C, chú thích<sup>(1)</sup>, x<sup>abc</sup>.</p>",
    );
    expect(body.markdown.trim()).toBe("Diện tích 25 m², khí CO₂, nhiệt độ 30°C, chú thích⁽¹⁾, xabc.");
    expect(body.lostSupSub).toEqual(["<sup>abc</sup>"]);
  });

  it("converts a post again keeping its plainest structure when the whole conversion fails, and says why", () => {
    let calls = 0;
    const body = htmlToMarkdown(
      '<p>Đoạn <strong>một</strong>.</p><p><img src="/a.jpg" alt="Ảnh"></p><p>Đoạn hai.</p>',
      {
        image: (src) => {
          calls++;
          if (calls === 1) throw new Error("lỗi bất ngờ");
          return src;
        },
      },
    );
    expect(body.fallback).toBe("lỗi bất ngờ");
    expect(body.markdown).toBe("Đoạn **một**.\n\n![Ảnh](/a.jpg)\n\nĐoạn hai.\n");
  });
});

describe("a post no HTML tree can hold", () => {
  it("is imported as its text's paragraphs, escaped, its scripts left out, and says so", () => {
    const depth = 5000;
    const html =
      "<p>Mở đầu &amp; <b>chữ</b>.</p><script>alert(1)</script>" +
      "<div><blockquote>".repeat(depth) +
      "Đoạn *sâu* <img src=x>." +
      "</blockquote></div>".repeat(depth) +
      "Kết.<br>[Video] &lt;b&gt;";
    const body = htmlToMarkdown(html);
    expect(body.textOnly).toBe(true);
    expect(body.fallback).toMatch(/call stack/);
    expect(body.markdown).toBe("Mở đầu & chữ.\n\nĐoạn \\*sâu\\* .\n\nKết.\n\n\\[Video] \\<b>\n");
  });
});

describe("shortcodes", () => {
  it("are only the names WordPress or a known theme registers: any other bracketed word stays text", () => {
    const body = htmlToMarkdown("<p>[Video] Lễ hội [Ảnh] ghi lại [1]. [vc_row]Giữ chữ[/vc_row]</p>");
    expect(body.markdown).toContain("\\[Video] Lễ hội \\[Ảnh] ghi lại \\[1].");
    expect(body.markdown).toContain("Giữ chữ");
    expect(body.markdown).not.toContain("vc_row");
    expect(body.removedShortcodes).toEqual(["vc_row"]);
  });

  it("read [gallery] without ids as the post's own photos, in their order; with none, say it was removed", () => {
    const photos = new Map([
      [
        10,
        {
          url: "/wp-content/uploads/2021/01/b.jpg",
          alt: "Ảnh B",
          caption: "Chú thích B",
          parent: 5,
          order: 2,
        },
      ],
      [
        11,
        {
          url: "/wp-content/uploads/2021/01/a.jpg",
          alt: "Ảnh A",
          caption: "Chú thích A",
          parent: 5,
          order: 1,
        },
      ],
      [12, { url: "/wp-content/uploads/2021/01/c.pdf", alt: "", caption: "", parent: 5, order: 3 }],
      [13, { url: "/wp-content/uploads/2021/01/d.jpg", alt: "Ảnh D", caption: "", parent: 6, order: 1 }],
    ]);
    const body = htmlToMarkdown("[gallery]", { attachments: photos, postId: 5 });
    expect(body.markdown).toBe(
      '![Ảnh A](/wp-content/uploads/2021/01/a.jpg "Chú thích A")\n\n![Ảnh B](/wp-content/uploads/2021/01/b.jpg "Chú thích B")\n',
    );
    expect(
      htmlToMarkdown("<p>Ảnh:</p>[gallery]", { attachments: photos, postId: 7 }).removedShortcodes,
    ).toEqual(["gallery"]);
  });
});

describe("block-editor galleries", () => {
  it("keep every photo of a WordPress 5.9+ gallery, each with its caption, then the gallery's caption", () => {
    const html = `<!-- wp:gallery {"linkTo":"none"} -->
<figure class="wp-block-gallery has-nested-images columns-default is-cropped"><!-- wp:image {"id":10} -->
<figure class="wp-block-image size-large"><img src="/a.jpg" alt="Múa sư tử" class="wp-image-10"/><figcaption class="wp-element-caption">Múa sư tử tại lễ hội</figcaption></figure>
<!-- /wp:image -->

<!-- wp:image {"id":11} -->
<figure class="wp-block-image size-large"><img src="/b.jpg" alt="" class="wp-image-11"/><figcaption class="wp-element-caption">Ném còn</figcaption></figure>
<!-- /wp:image --><figcaption class="blocks-gallery-caption wp-element-caption">Lễ hội Lồng tồng 2024</figcaption></figure>
<!-- /wp:gallery -->`;
    expect(htmlToMarkdown(html).markdown).toBe(
      '![Múa sư tử](/a.jpg "Múa sư tử tại lễ hội")\n\n![Ném còn](/b.jpg "Ném còn")\n\nLễ hội Lồng tồng 2024\n',
    );
  });

  it("keep every photo of an older list-style gallery", () => {
    const html =
      '<figure class="wp-block-gallery columns-2"><ul class="blocks-gallery-grid"><li class="blocks-gallery-item"><figure><img src="/a.jpg" alt="A"/><figcaption class="blocks-gallery-item__caption">Chú thích A</figcaption></figure></li><li class="blocks-gallery-item"><figure><img src="/b.jpg" alt="B"/></figure></li></ul></figure>';
    expect(htmlToMarkdown(html).markdown).toBe('![A](/a.jpg "Chú thích A")\n\n![B](/b.jpg)\n');
  });
});
