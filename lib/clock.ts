/**
 * The site's clock. Real time, unless `SITE_NOW` names an instant (ISO
 * date-time): tests and previews use it to see the site as it will be then,
 * scheduled articles included.
 */
export function siteNow(env: Partial<Record<string, string>> = process.env): Date {
  const fixed = env.SITE_NOW;
  if (fixed) {
    const date = new Date(fixed);
    if (!Number.isNaN(date.getTime())) return date;
  }
  return new Date();
}
