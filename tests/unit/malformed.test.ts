import { describe, expect, it } from "vitest";
import { ContentError, formatProblem } from "@/lib/content/problems";
import { createContentStore } from "@/lib/content/store";
import { loadContent } from "@/lib/content/load";
import { article, FIXTURE_PUBLIC, makeContent } from "./helpers";

const utf8 = (s: string) => new TextEncoder().encode(s);
const nested = (depth: number) =>
  Array.from({ length: depth }, (_, i) => `${"  ".repeat(i)}- mức ${i + 1}`).join("\n");

/**
 * Malformed articles, one defect each (BOM, CRLF and NFD files carry another defect: on their own they are
 * accepted). Each maps to the field its error must name and words the message must contain.
 */
const MALFORMED: Record<string, [content: string | Uint8Array, field: string, says: RegExp]> = {
  "yaml-dau-hai-cham.md": [
    "---\ntitle: Hội nghị: tổng kết\ndate: 2020-09-10\ncategory: tin-tuc\n---\nx\n",
    "front matter",
    /Lỗi cú pháp YAML.*ngoặc kép/,
  ],
  "yaml-thut-le.md": [
    "---\ntitle: a\n  date: 2020-09-10\ncategory: tin-tuc\n---\nx\n",
    "front matter",
    /Lỗi cú pháp YAML/,
  ],
  "yaml-ngoac-mo.md": [
    "---\ntitle: [chưa đóng\ndate: 2020-09-10\n---\nx\n",
    "front matter",
    /Lỗi cú pháp YAML/,
  ],
  "yaml-trung-khoa.md": [
    "---\ntitle: a\ntitle: b\ndate: 2020-09-10\ncategory: tin-tuc\n---\nx\n",
    "front matter",
    /Lỗi cú pháp YAML/,
  ],
  "yaml-danh-sach.md": ["---\n- a\n- b\n---\nx\n", "front matter", /tên: giá trị/],
  "khong-front-matter.md": ["Chỉ có nội dung.\n", "front matter", /bắt đầu bằng dòng ---/],
  "chua-dong.md": ["---\ntitle: a\ndate: 2020-09-10\n", "front matter", /chưa được đóng/],
  "thieu-tieu-de.md": [article({ title: null }), "title", /Thiếu tiêu đề/],
  "tieu-de-rong.md": [article({ title: '""' }), "title", /để trống/],
  "tieu-de-sai-kieu.md": [article({ title: "{a: 1}" }), "title", /phải là chữ/],
  "thieu-ngay.md": [article({ date: null }), "date", /Thiếu ngày đăng/],
  "ngay-30-2.md": [article({ date: "2021-02-30" }), "date", /không phải là ngày giờ có thật/],
  "gio-25.md": [article({ date: "2021-02-03 25:00" }), "date", /không phải là ngày giờ có thật/],
  "ngay-kieu-viet.md": [article({ date: "10/09/2020" }), "date", /2020-09-10/],
  "ngay-la-so.md": [article({ date: "20200910" }), "date", /năm-tháng-ngày/],
  "cap-nhat-sai.md": [article({ updated: "hôm qua" }), "updated", /không phải là ngày giờ có thật/],
  "thieu-chuyen-muc.md": [article({ category: null }), "category", /Thiếu chuyên mục/],
  "chuyen-muc-la.md": [article({ category: "the-thao" }), "category", /không có trong content\/site.yml/],
  "the-khong-phai-danh-sach.md": [article({ tags: "{a: 1}" }), "tags", /danh sách/],
  "nghin-the.md": [
    article({ tags: `[${Array.from({ length: 1000 }, (_, i) => `Thẻ ${i}`).join(", ")}]` }),
    "tags",
    /1000 từ khóa: tối đa 30/,
  ],
  "nhap-sai-kieu.md": [article({ draft: "có" }), "draft", /true hoặc false/],
  "slug-sai.md": [article({ slug: "Dân Vận" }), "slug", /"dan-van"/],
  "truong-la.md": [article({ catgory: "tin-tuc" }), "catgory", /không được hỗ trợ/],
  "trung-slug.md": [article({ slug: "bai-tot" }), "slug", /trùng với bài articles\/bai-tot.md/],
  "anh-thieu.md": [article({}, "![Ảnh](/images/khong-co.jpg)\n"), "nội dung", /Không tìm thấy tệp ảnh/],
  "anh-khong-alt.md": [article({}, "![](/images/photo.png)\n"), "nội dung", /thiếu mô tả \(alt\)/],
  "anh-ngoai.md": [
    article({}, "![Ảnh](https://example.org/a.jpg)\n"),
    "nội dung",
    /phải là tệp trong thư mục public/,
  ],
  "anh-hong.md": [article({}, "![Ảnh](/images/broken.jpg)\n"), "nội dung", /không đọc được/],
  "bia-thieu.md": [article({ cover: "/images/khong-co.jpg" }), "cover", /Không tìm thấy tệp ảnh/],
  "lien-ket-javascript.md": [
    article({}, "[bấm](javascript:alert(1))\n"),
    "nội dung",
    /"javascript:" không an toàn/,
  ],
  "lien-ket-data.md": [
    article({}, "[tải](data:text/html;base64,PHNjcmlwdD4=)\n"),
    "nội dung",
    /"data:" không an toàn/,
  ],
  "rong.md": ["", "tệp", /Tệp rỗng/],
  "chi-khoang-trang.md": ["  \n\n\t\n", "tệp", /Tệp rỗng/],
  "nhi-phan.md": [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    "tệp",
    /không phải văn bản UTF-8/,
  ],
  "latin1.md": [new Uint8Array([...utf8("---\ntitle: "), 0xe0, 0x0a]), "tệp", /không phải văn bản UTF-8/],
  "bom-thieu-ngay.md": ["\uFEFF" + article({ date: null }), "date", /Thiếu ngày đăng/],
  "crlf-ngay-sai.md": [
    article({ date: "2020-13-01" }).replace(/\n/g, "\r\n"),
    "date",
    /không phải là ngày giờ có thật/,
  ],
  "nfd-chuyen-muc-la.md": [
    article({ title: "Dân vận khéo", category: "Dân vận" }).normalize("NFD"),
    "category",
    /"Dân vận" không có/,
  ],
  "nang-5mb.md": [article({}, `${"Nội dung rất dài. ".repeat(300_000)}\n`), "tệp", /quá giới hạn 1 MB/],
  "danh-sach-long-sau.md": [article({}, `${nested(40)}\n`), "nội dung", /lồng nhau .* tầng: tối đa 6/],
};

describe("the malformed fixture set", () => {
  const files = {
    "bai-tot.md": article({ title: "Bài tốt" }),
    ...Object.fromEntries(Object.entries(MALFORMED).map(([name, [content]]) => [name, content])),
  };
  const contentDir = makeContent(files);
  const { articles, problems } = loadContent({ contentDir, publicDir: FIXTURE_PUBLIC });

  it("has at least 30 distinct malformed files", () => {
    expect(Object.keys(MALFORMED).length).toBeGreaterThanOrEqual(30);
  });

  it.each(Object.entries(MALFORMED))(
    "%s is reported by name, with the field and what to fix",
    (name, [, field, says]) => {
      const own = problems.filter((p) => p.file === `articles/${name}`);
      expect(own.map(formatProblem)).toContainEqual(expect.stringContaining(`— ${field}: `));
      expect(own.some((p) => p.field === field && says.test(p.message))).toBe(true);
    },
  );

  it("loses nothing else: the good article still loads", () => {
    expect(articles.map((a) => a.file)).toEqual(["articles/bai-tot.md"]);
  });

  it("fails the build before anything is published", () => {
    const store = createContentStore({ contentDir, publicDir: FIXTURE_PUBLIC, includeDrafts: false });
    expect(() => store.get()).toThrow(ContentError);
  });
});
