/**
 * Makes sure a system Chromium exists for the end-to-end tests. When none is
 * found and apt-get is usable (root on Debian/Ubuntu), installs Debian's
 * `chromium`; otherwise explains what to install.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { findChromium } from "./chromium.mjs";

let found = findChromium();
if (!found && fs.existsSync("/usr/bin/apt-get") && process.getuid?.() === 0) {
  console.log("Không thấy Chromium: cài gói chromium của Debian bằng apt-get…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "chromium"], {
    stdio: "inherit",
    env,
  });
  found = findChromium();
}
if (!found) {
  console.error(
    "Không tìm thấy Chromium cho kiểm thử đầu-cuối. Cài gói chromium (Debian: sudo apt-get install chromium) hoặc đặt CHROMIUM_PATH.",
  );
  process.exit(1);
}
console.log(`Chromium: ${found}`);
