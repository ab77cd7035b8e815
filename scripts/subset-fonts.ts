/**
 * `npm run fonts:subset`: write the site's font files (app/_shared/be-vietnam-pro/) from Be Vietnam Pro's full
 * TrueType files (@expo-google-fonts/be-vietnam-pro, the Google Fonts release; SIL OFL 1.1).
 *
 * One file per weight holds every letter of Vietnamese and the Latin letters, digits and punctuation around them
 * (the ranges of Google Fonts' "latin" and "vietnamese" subsets), so that a weight is either in the page or not:
 * never a Vietnamese word half in the font and half in the fallback. WOFF2 for browsers; WOFF for the share images
 * (Satori reads no WOFF2), with the "latin-ext" letters too (ł, ş, ő… in foreign names), which the server can
 * afford and a reader's phone need not download. Each file keeps the font's copyright, licence and licence URL
 * (OFL 1.1). The files are committed; rerun this only to change the ranges or the font's version.
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import subsetFont from "subset-font";

const OUT_DIR = "app/_shared/be-vietnam-pro";
const WEIGHTS = { 400: "400Regular", 700: "700Bold" } as const;

/** [first, last] code points: Google Fonts' "latin" subset, then its "vietnamese" one. */
const WEB: [number, number][] = [
  [0x0000, 0x00ff],
  [0x0131, 0x0131],
  [0x0152, 0x0153],
  [0x02bb, 0x02bc],
  [0x02c6, 0x02c6],
  [0x02da, 0x02da],
  [0x02dc, 0x02dc],
  [0x0304, 0x0304],
  [0x0308, 0x0308],
  [0x0329, 0x0329],
  [0x2000, 0x206f],
  [0x20ac, 0x20ac],
  [0x2122, 0x2122],
  [0x2191, 0x2191],
  [0x2193, 0x2193],
  [0x2212, 0x2212],
  [0x2215, 0x2215],
  [0xfeff, 0xfeff],
  [0xfffd, 0xfffd],

  [0x0102, 0x0103],
  [0x0110, 0x0111],
  [0x0128, 0x0129],
  [0x0168, 0x0169],
  [0x01a0, 0x01a1],
  [0x01af, 0x01b0],
  [0x0300, 0x0301],
  [0x0303, 0x0304],
  [0x0308, 0x0309],
  [0x0323, 0x0323],
  [0x0329, 0x0329],
  [0x1ea0, 0x1ef9],
  [0x20ab, 0x20ab],
];

/** Google Fonts' "latin-ext" subset, for the share images only. */
const LATIN_EXT: [number, number][] = [
  [0x0100, 0x02ba],
  [0x02bd, 0x02c5],
  [0x02c7, 0x02cc],
  [0x02ce, 0x02d7],
  [0x02dd, 0x02ff],
  [0x1d00, 0x1dbf],
  [0x1e00, 0x1e9f],
  [0x1ef2, 0x1eff],
  [0x2020, 0x2020],
  [0x20a0, 0x20c0],
  [0x2113, 0x2113],
  [0x2c60, 0x2c7f],
  [0xa720, 0xa7ff],
];

/** Name records kept besides the family and style: 0 copyright, 13 licence, 14 licence URL. */
const NAME_IDS = [0, 1, 2, 3, 4, 5, 6, 13, 14];

const characters = (ranges: [number, number][]) =>
  ranges
    .flatMap(([first, last]) =>
      Array.from({ length: last - first + 1 }, (_, i) => String.fromCodePoint(first + i)),
    )
    .join("");
const TEXT = { woff2: characters(WEB), woff: characters([...WEB, ...LATIN_EXT]) };

const source = path.dirname(
  createRequire(import.meta.url).resolve("@expo-google-fonts/be-vietnam-pro/package.json"),
);
fs.mkdirSync(OUT_DIR, { recursive: true });
for (const [weight, name] of Object.entries(WEIGHTS)) {
  const ttf = fs.readFileSync(path.join(source, name, `BeVietnamPro_${name}.ttf`));
  for (const format of ["woff2", "woff"] as const) {
    const file = path.join(OUT_DIR, `${weight}.${format}`);
    fs.writeFileSync(
      file,
      await subsetFont(ttf, TEXT[format], { targetFormat: format, preserveNameIds: NAME_IDS }),
    );
    console.log(`${file}: ${fs.statSync(file).size} bytes`);
  }
}
fs.copyFileSync(path.join(source, "LICENSE_FONT"), path.join(OUT_DIR, "OFL.txt"));
