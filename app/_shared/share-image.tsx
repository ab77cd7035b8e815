import fs from "node:fs/promises";
import path from "node:path";
import { ImageResponse } from "next/og";

/** Size of Open Graph share images. */
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 };

// The site's own font, from the installed package: nothing is downloaded at build or run time.
// Satori reads WOFF (not WOFF2); the subsets together cover Vietnamese.
const FONT_DIR = path.join(process.cwd(), "node_modules", "@fontsource", "be-vietnam-pro", "files");
const FONT_FILES = [
  ["latin", 700],
  ["latin-ext", 700],
  ["vietnamese", 700],
  ["latin", 400],
  ["latin-ext", 400],
  ["vietnamese", 400],
] as const;

let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 700; style: "normal" }[]> | null = null;

/** Each subset is its own family, so that Satori falls back from one to the next glyph by glyph. */
const FAMILIES = [...new Set(FONT_FILES.map(([subset]) => `BVP ${subset}`))].join(", ");

function loadFonts() {
  fonts ??= Promise.all(
    FONT_FILES.map(async ([subset, weight]) => ({
      name: `BVP ${subset}`,
      data: await fs.readFile(path.join(FONT_DIR, `be-vietnam-pro-${subset}-${weight}-normal.woff`)),
      weight,
      style: "normal" as const,
    })),
  );
  return fonts;
}

/** A share image: the site name on a red band, the title large, a line at the foot. */
export async function shareImage({ site, title, footer }: { site: string; title: string; footer: string }) {
  const size = title.length > 90 ? 48 : title.length > 50 ? 58 : 68;
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        background: "#ffffff",
        fontFamily: FAMILIES,
      }}
    >
      <div
        style={{
          display: "flex",
          background: "#a50e0e",
          color: "#fff",
          padding: "28px 56px",
          fontSize: 36,
          fontWeight: 700,
          textTransform: "uppercase",
        }}
      >
        {site}
      </div>
      <div
        style={{
          display: "flex",
          flex: 1,
          alignItems: "center",
          padding: "0 56px",
          fontSize: size,
          fontWeight: 700,
          lineHeight: 1.25,
          color: "#1c1c1c",
        }}
      >
        {title}
      </div>
      <div
        style={{
          display: "flex",
          borderTop: "6px solid #a50e0e",
          padding: "22px 56px",
          fontSize: 26,
          color: "#555",
        }}
      >
        {footer}
      </div>
    </div>,
    { ...SHARE_IMAGE_SIZE, fonts: await loadFonts() },
  );
}
