/**
 * Makes sure the system tools the tests use are present: Chromium (end-to-end
 * tests) and xmllint (sitemap schema checks). When one is missing and
 * apt-get is usable (root on Debian/Ubuntu), installs Debian's `chromium` and
 * `libxml2-utils`; otherwise says what to install.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { findChromium } from "./chromium.mjs";

const hasXmllint = () => ["/usr/bin/xmllint", "/usr/local/bin/xmllint"].some((p) => fs.existsSync(p));
const missing = [];
if (!findChromium()) missing.push("chromium");
if (!hasXmllint()) missing.push("libxml2-utils");

if (missing.length && fs.existsSync("/usr/bin/apt-get") && process.getuid?.() === 0) {
  console.log(`Cài gói còn thiếu bằng apt-get: ${missing.join(", ")}…`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...missing], {
    stdio: "inherit",
    env,
  });
}
if (!findChromium()) {
  console.error(
    "Không tìm thấy Chromium cho kiểm thử đầu-cuối. Cài gói chromium (Debian: sudo apt-get install chromium) hoặc đặt CHROMIUM_PATH.",
  );
  process.exit(1);
}
if (!hasXmllint()) {
  console.error(
    "Không tìm thấy xmllint để kiểm tra sitemap. Cài gói libxml2-utils (Debian: sudo apt-get install libxml2-utils).",
  );
  process.exit(1);
}
console.log(`Chromium: ${findChromium()}; xmllint: có`);
