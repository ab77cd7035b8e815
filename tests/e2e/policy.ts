import type { Page } from "@playwright/test";

/** Every Content-Security-Policy refusal Chromium reports on this page from now on (and, with `errors`, every script error). */
export function watchPolicy(page: Page, { errors = false } = {}): string[] {
  const refused: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
  });
  if (errors) page.on("pageerror", (error) => refused.push(String(error)));
  return refused;
}
