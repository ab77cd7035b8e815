/**
 * Dates in Vietnam time. Front matter dates without an offset are read as
 * Asia/Ho_Chi_Minh wall time, whatever the server's own time zone is.
 */
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns/format";
import { vi } from "date-fns/locale/vi";

export const SITE_TIME_ZONE = "Asia/Ho_Chi_Minh";

const ISO_LIKE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Parse an ISO date or date-time. Returns `null` when the text is not such a
 * date or names a day or time that does not exist (31/02, 25:00…).
 */
export function parseContentDate(text: string): Date | null {
  const m = ISO_LIKE.exec(text.trim());
  if (!m) return null;
  const [, y, mo, d, h = "0", mi = "0", s = "0", ms = "0", offset] = m;
  const parts = [
    Number(y),
    Number(mo) - 1,
    Number(d),
    Number(h),
    Number(mi),
    Number(s),
    Number(ms.padEnd(3, "0")),
  ] as const;
  const [year, month, day, hour, minute, second, milli] = parts;
  if (month > 11 || hour > 23 || minute > 59 || second > 59) return null;

  // Check the calendar day exists, independent of any time zone.
  const probe = new Date(Date.UTC(year, month, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month || probe.getUTCDate() !== day)
    return null;

  if (offset === undefined) {
    const local = new TZDate(year, month, day, hour, minute, second, milli, SITE_TIME_ZONE);
    return new Date(local.getTime());
  }
  const utc = Date.UTC(year, month, day, hour, minute, second, milli);
  if (offset === "Z") return new Date(utc);
  const sign = offset.startsWith("-") ? -1 : 1;
  const digits = offset.slice(1).replace(":", "");
  const offHours = Number(digits.slice(0, 2));
  const offMinutes = Number(digits.slice(2));
  if (offHours > 14 || offMinutes > 59) return null;
  return new Date(utc - sign * (offHours * 60 + offMinutes) * 60_000);
}

function inVietnam(date: Date): TZDate {
  return new TZDate(date.getTime(), SITE_TIME_ZONE);
}

/** `2020-09-10T08:00:00+07:00`: for `<time datetime>` and structured data. */
export function toIsoVietnam(date: Date): string {
  return format(inVietnam(date), "yyyy-MM-dd'T'HH:mm:ssxxx");
}

/** `Thứ Năm, 10/09/2020` */
export function formatLongDate(date: Date): string {
  const text = format(inVietnam(date), "EEEE, dd/MM/yyyy", { locale: vi });
  return text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);
}

/** `10/09/2020 08:00` */
export function formatDateTime(date: Date): string {
  return format(inVietnam(date), "dd/MM/yyyy HH:mm");
}

/** `10/09/2020` */
export function formatShortDate(date: Date): string {
  return format(inVietnam(date), "dd/MM/yyyy");
}

/** The Vietnamese calendar month of an instant: `{ year: 2020, month: 9 }`. */
export function vietnamYearMonth(date: Date): { year: number; month: number } {
  const local = inVietnam(date);
  return { year: local.getFullYear(), month: local.getMonth() + 1 };
}

/** Today's date for the header: `Thứ Năm, 26/11/2026`. */
export function formatToday(now: Date): string {
  return formatLongDate(now);
}
