import fs from "node:fs";
import path from "node:path";
import * as fontkit from "fontkit";
import { describe, expect, it } from "vitest";

// The site's font files (written by `npm run fonts:subset`): each weight must hold every Vietnamese letter in one
// file, or a word could show half in the font and half in the fallback.
const DIR = path.resolve(import.meta.dirname, "../../app/_shared/be-vietnam-pro");

const VOWELS = "aăâeêioôơuưy";
const TONES = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"]; // huyền, sắc, hỏi, ngã, nặng
const LOWER = [
  ..."bcdđghklmnpqrstvx",
  ...[...VOWELS].flatMap((vowel) => TONES.map((tone) => (vowel + tone).normalize("NFC"))),
];
const LETTERS = [...LOWER, ...LOWER.map((letter) => letter.toUpperCase())];
const OTHERS = [..."0123456789.,;:!?()[]/%&-–—…“”‘’«»°₫€", "\u00a0"];

describe.each(["400", "700"])("Be Vietnam Pro, weight %s", (weight) => {
  for (const format of ["woff2", "woff"]) {
    it(`${format}: one file with every Vietnamese letter, upper and lower case, with each tone`, () => {
      const font = fontkit.create(fs.readFileSync(path.join(DIR, `${weight}.${format}`))) as fontkit.Font;
      expect(font.familyName).toBe("Be Vietnam Pro");
      expect(String(font["OS/2"].usWeightClass)).toBe(weight);
      expect(LETTERS).toHaveLength(2 * (17 + 12 * 6));
      const missing = [...LETTERS, ...OTHERS].filter(
        (char) => !font.hasGlyphForCodePoint(char.codePointAt(0)!),
      );
      expect(missing).toEqual([]);
    });
  }
});
