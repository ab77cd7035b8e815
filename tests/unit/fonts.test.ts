import fs from "node:fs";
import path from "node:path";
import * as fontkit from "fontkit";
import { describe, expect, it } from "vitest";

// The site's font files (written by `npm run fonts:subset`): each weight must hold every Vietnamese letter in one
// file, or a word could show half in the font and half in the fallback.
const DIR = path.resolve(import.meta.dirname, "../../app/_shared/be-vietnam-pro");

const VOWELS = "aăâeêioôơuưy";
const TONES = ["\u0300", "\u0301", "\u0309", "\u0303", "\u0323"]; // huyền, sắc, hỏi, ngã, nặng
const LOWER = [
  ..."bcdđghklmnpqrstvx",
  ...VOWELS,
  ...[...VOWELS].flatMap((vowel) => TONES.map((tone) => (vowel + tone).normalize("NFC"))),
];
const LETTERS = [...LOWER, ...LOWER.map((letter) => letter.toUpperCase())];
// Punctuation editors type, and the tone marks on their own for text that arrives decomposed (NFD).
const OTHERS = [..."0123456789.,;:!?()[]/%&-–—…“”‘’«»°₫€", "\u00a0", ...TONES];
// Letters of foreign names, needed in share images only (the browser falls back letter by letter).
const LATIN_EXT = [..."łŁşŞőűčšžğ"];

function open(file: string): fontkit.Font {
  return fontkit.create(fs.readFileSync(path.join(DIR, file))) as fontkit.Font;
}

const missing = (font: fontkit.Font, chars: string[]) =>
  chars.filter((char) => !font.hasGlyphForCodePoint(char.codePointAt(0)!));

describe.each(["400", "700"])("Be Vietnam Pro, weight %s", (weight) => {
  for (const format of ["woff2", "woff"]) {
    it(`${format}: one file with every Vietnamese letter, upper and lower case, with each tone`, () => {
      const font = open(`${weight}.${format}`);
      expect(font.familyName).toBe("Be Vietnam Pro");
      expect(String(font["OS/2"].usWeightClass)).toBe(weight);
      expect(missing(font, [...LETTERS, ...OTHERS])).toEqual([]);
    });

    it(`${format}: carries its copyright and the SIL Open Font License`, () => {
      const font = open(`${weight}.${format}`);
      expect(font.getName("copyright", "en")).toMatch(/Be Vietnam Pro Project Authors/);
      expect(font.getName("license", "en")).toMatch(/SIL Open Font License, Version 1\.1/);
      expect(font.getName("licenseURL", "en")).toMatch(/scripts\.sil\.org\/OFL/);
    });
  }

  it("the share images' file also has the letters of foreign names; the readers' file stays small", () => {
    expect(missing(open(`${weight}.woff`), LATIN_EXT)).toEqual([]);
    expect(missing(open(`${weight}.woff2`), LATIN_EXT)).toEqual(LATIN_EXT);
  });
});
