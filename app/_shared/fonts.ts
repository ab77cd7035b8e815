import localFont from "next/font/local";

/**
 * Be Vietnam Pro (SIL OFL, from @fontsource/be-vietnam-pro), served with the site, in the Vietnamese and Latin
 * subsets, regular and bold. `optional`: a page never reflows when the font arrives — if it is not there almost at
 * once (a first visit over a slow network), the page keeps the system font, and the next page, with the font
 * cached, has it. Not preloaded: on a slow network the photo and the page come first.
 */
export const bodyFont = localFont({
  src: [
    {
      path: "../../node_modules/@fontsource/be-vietnam-pro/files/be-vietnam-pro-vietnamese-400-normal.woff2",
      weight: "400",
      style: "normal",
    },
    {
      path: "../../node_modules/@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-400-normal.woff2",
      weight: "400",
      style: "normal",
    },
    {
      path: "../../node_modules/@fontsource/be-vietnam-pro/files/be-vietnam-pro-vietnamese-700-normal.woff2",
      weight: "700",
      style: "normal",
    },
    {
      path: "../../node_modules/@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-700-normal.woff2",
      weight: "700",
      style: "normal",
    },
  ],
  display: "optional",
  preload: false,
  variable: "--font-body",
});
