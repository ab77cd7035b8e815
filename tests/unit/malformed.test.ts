import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ARTICLES_DIR, loadContent } from "@/lib/content/load";
import { parseYaml, YamlSyntaxError, yamlErrorDetails } from "@/lib/content/parse-file";
import { ContentError, formatProblem } from "@/lib/content/problems";
import { createContentStore } from "@/lib/content/store";
import { FIXTURE_PUBLIC } from "./helpers";

/** A content folder of malformed articles, one defect each, and one good article (bai-tot.md) that must survive. */
const contentDir = path.resolve(import.meta.dirname, "../fixtures/malformed");
const GOOD = "bai-tot.md";

/**
 * What each malformed file must be reported for: the field its error names and words the message contains. BOM,
 * CRLF and NFD files carry another defect: on their own they are accepted.
 */
const EXPECTED: Record<string, [field: string, says: RegExp]> = {
  // YAML's errors, each told in Vietnamese (lib/content/yaml-messages.ts), never in the library's English.
  "yaml-dau-hai-cham.md": [
    "front matter",
    /^Lỗi cú pháp YAML \(một giá trị có dấu hai chấm mà không ở trong ngoặc kép/,
  ],
  "yaml-thut-le.md": ["front matter", /^Lỗi cú pháp YAML \(.*dòng dưới nó thụt vào/],
  "yaml-ngoac-mo.md": ["front matter", /^Lỗi cú pháp YAML \(thụt lề sai, hoặc thiếu dấu đóng \]/],
  "yaml-trung-khoa.md": ["front matter", /^Lỗi cú pháp YAML \(một tên trường xuất hiện hai lần\)/],
  "yaml-tab.md": ["front matter", /^Lỗi cú pháp YAML \(thụt lề bằng phím Tab; hãy dùng dấu cách\)/],
  "yaml-tham-chieu.md": ["front matter", /^Lỗi cú pháp YAML \(một tham chiếu \(\*tên\) trỏ tới chỗ chưa có/],
  "yaml-ngoac-kep.md": ["front matter", /^Lỗi cú pháp YAML \(trong ngoặc kép có dấu \\ đi với/],
  "yaml-danh-sach.md": ["front matter", /tên: giá trị/],
  "khong-front-matter.md": ["front matter", /bắt đầu bằng dòng ---/],
  "chua-dong.md": ["front matter", /chưa được đóng/],
  "thieu-tieu-de.md": ["title", /Thiếu tiêu đề/],
  "tieu-de-rong.md": ["title", /để trống/],
  "tieu-de-sai-kieu.md": ["title", /phải là chữ/],
  "thieu-ngay.md": ["date", /Thiếu ngày đăng/],
  "ngay-30-2.md": ["date", /không phải là ngày giờ có thật/],
  "gio-25.md": ["date", /không phải là ngày giờ có thật/],
  "ngay-kieu-viet.md": ["date", /2020-09-10/],
  "ngay-la-so.md": ["date", /năm-tháng-ngày/],
  "cap-nhat-sai.md": ["updated", /không phải là ngày giờ có thật/],
  "thieu-chuyen-muc.md": ["category", /Thiếu chuyên mục/],
  "chuyen-muc-la.md": ["category", /không có trong content\/site.yml/],
  "the-khong-phai-danh-sach.md": ["tags", /danh sách/],
  "nghin-the.md": ["tags", /1000 từ khóa: tối đa 30/],
  "nhap-sai-kieu.md": ["draft", /true hoặc false/],
  "slug-sai.md": ["slug", /"dan-van"/],
  "truong-la.md": ["catgory", /không được hỗ trợ/],
  "trung-slug.md": ["slug", /trùng với bài articles\/bai-tot.md/],
  "anh-thieu.md": ["nội dung", /Không tìm thấy tệp ảnh/],
  "anh-khong-alt.md": ["nội dung", /thiếu mô tả \(alt\)/],
  "anh-ngoai.md": ["nội dung", /phải là tệp trong thư mục public/],
  "anh-hong.md": ["nội dung", /không đọc được/],
  "bia-thieu.md": ["cover", /Không tìm thấy tệp ảnh/],
  "lien-ket-javascript.md": ["nội dung", /"javascript:" không an toàn/],
  "lien-ket-data.md": ["nội dung", /"data:" không an toàn/],
  "rong.md": ["tệp", /Tệp rỗng/],
  "chi-khoang-trang.md": ["tệp", /Tệp rỗng/],
  "nhi-phan.md": ["tệp", /không phải văn bản UTF-8/],
  "latin1.md": ["tệp", /không phải văn bản UTF-8/],
  "bom-thieu-ngay.md": ["date", /Thiếu ngày đăng/],
  "crlf-ngay-sai.md": ["date", /không phải là ngày giờ có thật/],
  "nfd-chuyen-muc-la.md": ["category", /"Dân vận" không có/],
  "nang-hon-1mb.md": ["tệp", /quá giới hạn 1 MB/],
  "danh-sach-long-sau.md": ["nội dung", /lồng nhau .* tầng: tối đa 6/],
};

/** The line of the file each YAML error is reported at. */
const YAML_LINES: Record<string, number> = {
  "yaml-dau-hai-cham.md": 2,
  "yaml-trung-khoa.md": 3,
  "yaml-tab.md": 5,
  "yaml-tham-chieu.md": 4,
  "yaml-ngoac-kep.md": 2,
};

const onDisk = fs
  .readdirSync(path.join(contentDir, ARTICLES_DIR))
  .filter((name) => name !== GOOD)
  .sort();

describe("the malformed fixture set", () => {
  const { articles, problems } = loadContent({ contentDir, publicDir: FIXTURE_PUBLIC });

  it("has at least 30 distinct malformed files on disk, each listed with its expected error", () => {
    expect(onDisk).toEqual(Object.keys(EXPECTED).sort());
    expect(onDisk.length).toBeGreaterThanOrEqual(30);
    const digests = onDisk.map((name) =>
      crypto
        .createHash("sha256")
        .update(fs.readFileSync(path.join(contentDir, ARTICLES_DIR, name)))
        .digest("hex"),
    );
    expect(new Set(digests).size).toBe(onDisk.length);
  });

  it.each(onDisk)("%s is reported once, by name, with the field and what to fix", (name) => {
    const [field, says] = EXPECTED[name]!;
    const own = problems.filter((p) => p.file === `${ARTICLES_DIR}/${name}`);
    expect(own).toHaveLength(1);
    expect(formatProblem(own[0]!)).toContain(`— ${field}: `);
    expect(own[0]).toMatchObject({ field, message: expect.stringMatching(says) });
    if (name in YAML_LINES) expect(own[0]!.line, name).toBe(YAML_LINES[name]);
  });

  it("loses nothing else: the good article still loads", () => {
    expect(articles.map((a) => a.file)).toEqual([`${ARTICLES_DIR}/${GOOD}`]);
  });

  it("fails the build before anything is published", () => {
    const store = createContentStore({ contentDir, publicDir: FIXTURE_PUBLIC, includeDrafts: false });
    expect(() => store.get()).toThrow(ContentError);
  });
});

describe("YAML that would cost the reader", () => {
  it("refuses aliases multiplied past a hundred (a 'billion laughs') as a syntax error", () => {
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(", ")}]`);
    }
    let thrown: unknown;
    try {
      parseYaml(levels.join("\n"));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(YamlSyntaxError);
    expect(yamlErrorDetails(thrown)?.reason).toMatch(/lặp lại quá nhiều lần/);
  });

  it("keeps dates, yes and no as text, as the content schema expects", () => {
    expect(parseYaml("date: 2020-09-10 08:00\ndraft: no\nn: 014\n")).toEqual({
      date: "2020-09-10 08:00",
      draft: "no",
      n: 14,
    });
  });
});
