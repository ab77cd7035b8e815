/**
 * The site's clock. Real time, unless `SITE_NOW` names an instant: tests and previews use it to see the site as
 * it will be then, scheduled articles included. It is written like a front matter date, in Vietnam time
 * (`2026-02-01 08:00`), or with an offset (`2026-02-01T08:00:00+07:00`).
 */
import { parseContentDate } from "./dates";

/** `SITE_NOW` is set but names no instant. */
export class SiteClockError extends Error {}

/**
 * Now, as the site sees it. A `SITE_NOW` that names no instant is an error, not real time: a preview or a test
 * set to a mistyped date would otherwise show today's site and look right.
 */
export function siteNow(env: Partial<Record<string, string>> = process.env): Date {
  const fixed = env.SITE_NOW;
  if (!fixed) return new Date();
  const date = parseContentDate(fixed);
  if (!date) {
    throw new SiteClockError(
      `SITE_NOW=${JSON.stringify(fixed)} không phải là một thời điểm. Viết như 2026-02-01T08:00:00+07:00 hoặc 2026-02-01 08:00 (giờ Việt Nam), hoặc bỏ biến này để dùng giờ thật.`,
    );
  }
  return date;
}
