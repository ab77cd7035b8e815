import fs from "node:fs/promises";
import path from "node:path";
import { ImageResponse } from "next/og";

/** Size of Open Graph share images. */
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 };

// The site's own font files (app/_shared/fonts.ts): nothing is downloaded at build or run time. Satori reads WOFF,
// not WOFF2; each file holds every Vietnamese letter.
const FONT_DIR = path.join(process.cwd(), "app", "_shared", "be-vietnam-pro");
const FAMILY = "Be Vietnam Pro";

let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 700; style: "normal" }[]> | null = null;

function loadFonts() {
  fonts ??= Promise.all(
    ([400, 700] as const).map(async (weight) => ({
      name: FAMILY,
      data: await fs.readFile(path.join(FONT_DIR, `${weight}.woff`)),
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
        fontFamily: FAMILY,
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
