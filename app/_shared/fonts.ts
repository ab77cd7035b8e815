import localFont from "next/font/local";

/**
 * Be Vietnam Pro (SIL OFL), served with the site: one file per weight holding every Vietnamese letter and the Latin
 * ones (`npm run fonts:subset`, app/_shared/be-vietnam-pro/). `font-display: optional`: the font is used when it
 * arrives within the browser's short block period (it is then cached for the next pages), otherwise the page keeps
 * the fallback, so the text never reflows under the reader. As a weight is a single file, a word is never half in
 * each font. next/font sizes the fallback face (Arial, where the system has it) to the font's metrics. Not
 * preloaded: on a slow network the page and its photo come first.
 */
export const bodyFont = localFont({
  src: [
    { path: "./be-vietnam-pro/400.woff2", weight: "400", style: "normal" },
    { path: "./be-vietnam-pro/700.woff2", weight: "700", style: "normal" },
  ],
  display: "optional",
  preload: false,
  variable: "--font-body",
});
