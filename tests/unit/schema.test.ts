import { describe, expect, it } from "vitest";
import { checkImage } from "@/lib/markdown/images";
import { frontMatterSchema } from "@/lib/content/schema";
import { FIXTURE_PUBLIC } from "./helpers";

const categories = [
  { slug: "tin-tuc", name: "Tin tức" },
  { slug: "dan-van", name: "Dân vận" },
];
const schema = frontMatterSchema({ categories, image: (src, alt) => checkImage(FIXTURE_PUBLIC, src, alt) });

describe("the front matter schema's output is what an article is made of", () => {
  it("gives the category as the site's, tags once each, and the cover measured", () => {
    const parsed = schema.parse({
      title: " Hội nghị ",
      date: "2020-09-10",
      category: "dan-van",
      tags: ["Dân vận", "dân vận", "Chợ Đồn"],
      cover: "/images/photo.png",
    });
    expect(parsed.category).toBe(categories[1]);
    expect(parsed.tags).toEqual([
      { slug: "dan-van", name: "Dân vận" },
      { slug: "cho-don", name: "Chợ Đồn" },
    ]);
    expect(parsed.cover).toEqual({ src: "/images/photo.png", alt: "Hội nghị", width: 40, height: 30 });
    expect(parsed.title).toBe("Hội nghị");
  });

  it("names the cover field when its file is missing, and the category when it is not the site's", () => {
    const result = schema.safeParse({
      title: "Bài",
      date: "2020-09-10",
      category: "the-thao",
      cover: "/images/khong-co.jpg",
    });
    expect(result.success).toBe(false);
    const issues = result.error!.issues.map((i) => [i.path.join("."), i.message.slice(0, 30)]);
    expect(issues).toEqual([["category", 'Chuyên mục "the-thao" không có']]);
    const cover = schema.safeParse({
      title: "Bài",
      date: "2020-09-10",
      category: "tin-tuc",
      cover: "/images/khong-co.jpg",
    });
    expect(cover.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["cover", expect.stringContaining('Không tìm thấy tệp ảnh "public/images/khong-co.jpg"')],
    ]);
  });
});

describe("review: true (chờ duyệt)", () => {
  const base = { title: "Hội nghị", date: "2020-09-10", category: "dan-van" };
  it("is a draft submitted for review, and only a draft", () => {
    expect(schema.parse({ ...base, draft: true, review: true }).review).toBe(true);
    expect(schema.parse(base).review).toBe(false);
    const published = schema.safeParse({ ...base, review: true });
    expect(published.success).toBe(false);
    expect(published.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["review", "review: true (chờ duyệt) chỉ dùng cùng draft: true. Bỏ dòng review khi xuất bản."],
    ]);
  });
});
