import { describe, expect, it } from "vitest";
import { foldVietnamese, isSlug, nfc, shorten, slugify } from "@/lib/text";

describe("slugify", () => {
  it("folds Vietnamese, including đ and Đ, to lowercase ASCII words joined by -", () => {
    expect(slugify("Đề án số 06 về phong trào “Dân vận khéo”")).toBe(
      "de-an-so-06-ve-phong-trao-dan-van-kheo",
    );
    expect(slugify("Đường đến trường")).toBe("duong-den-truong");
    expect(slugify("  Khoẻ --- khỏe!  ")).toBe("khoe-khoe");
  });

  it("gives the same slug for NFD and NFC input", () => {
    const title = "Hội nghị tổng kết";
    expect(slugify(title.normalize("NFD"))).toBe(slugify(title));
  });

  it("recognizes valid slugs only", () => {
    expect(isSlug("dan-van-kheo")).toBe(true);
    expect(isSlug("Dan-van")).toBe(false);
    expect(isSlug("dan--van")).toBe(false);
    expect(isSlug("dân-vận")).toBe(false);
  });
});

describe("foldVietnamese", () => {
  it("removes tones and vowel marks and turns đ into d", () => {
    expect(foldVietnamese("Đồng chí Dương Văn Hoàn")).toBe("Dong chi Duong Van Hoan");
  });
});

describe("nfc", () => {
  it("composes decomposed text", () => {
    const decomposed = "Dân vận khéo".normalize("NFD");
    expect(decomposed).not.toBe("Dân vận khéo");
    expect(nfc(decomposed)).toBe("Dân vận khéo");
  });
});

describe("shorten", () => {
  it("keeps short text as it is, spaces squashed", () => {
    expect(shorten("Một  câu\nngắn.", 50)).toBe("Một câu ngắn.");
  });

  it("cuts on a word boundary and adds an ellipsis", () => {
    const text = "Huyện cũng đã đẩy mạnh công tác tuyên truyền dưới nhiều hình thức";
    const short = shorten(text, 30);
    expect(short.length).toBeLessThanOrEqual(30);
    expect(short).toBe("Huyện cũng đã đẩy mạnh công…");
  });
});
