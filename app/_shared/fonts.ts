import localFont from "next/font/local";

/**
 * Be Vietnam Pro (SIL OFL, from @fontsource/be-vietnam-pro), served with the site, in the Vietnamese and Latin
 * subsets, regular and bold. Vietnamese text needs both files of a weight (ư, ơ, ạ… are in one, the plain letters
 * in the other), so the font swaps in when it arrives (`swap`) rather than being skipped on a slow first visit
 * (`optional`), which could leave a word half in the font and half in the fallback. next/font sizes a fallback face
 * (Arial, where the system has it) to the font's metrics, to keep the swap's reflow small. Not preloaded: on a slow
 * network the photo and the page come first.
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
  display: "swap",
  preload: false,
  variable: "--font-body",
});
