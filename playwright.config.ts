import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./scripts/chromium.mjs";

/** The sample content (`npm run build`) and the demo corpus (`npm run build:demo`), each on its own server. */
export const SAMPLE_PORT = 3107;
export const DEMO_PORT = 3108;
/** `next dev` on a copy of the content with a draft (scripts/dev-fixture.ts). */
export const DEV_PORT = 3109;

const browser = {
  ...devices["Desktop Chrome"],
  launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
};

/** End-to-end tests run against production builds in the system Chromium. */
export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [["list"]],
  use: { trace: "off" },
  projects: [
    {
      name: "sample",
      testIgnore: /(demo|dev)\.spec\.ts$/,
      use: { ...browser, baseURL: `http://127.0.0.1:${SAMPLE_PORT}` },
    },
    {
      name: "demo",
      testMatch: /demo\.spec\.ts$/,
      use: { ...browser, baseURL: `http://127.0.0.1:${DEMO_PORT}` },
    },
    {
      name: "dev",
      testMatch: /dev\.spec\.ts$/,
      use: { ...browser, baseURL: `http://127.0.0.1:${DEV_PORT}` },
    },
  ],
  webServer: [
    {
      command: `node --import tsx scripts/server.ts -p ${SAMPLE_PORT} -H 127.0.0.1`,
      url: `http://127.0.0.1:${SAMPLE_PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `node --import tsx scripts/server.ts -p ${DEMO_PORT} -H 127.0.0.1`,
      url: `http://127.0.0.1:${DEMO_PORT}/`,
      env: { CONTENT_DIR: "tests/.output/demo", NEXT_DIST_DIR: ".next-demo" },
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `node --import tsx scripts/server.ts --dev -p ${DEV_PORT} -H 127.0.0.1`,
      url: `http://127.0.0.1:${DEV_PORT}/luu-tru`,
      env: {
        CONTENT_DIR: "tests/.output/dev-content",
        NEXT_DIST_DIR: ".next-dev",
        NEXT_TELEMETRY_DISABLED: "1",
      },
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
});
