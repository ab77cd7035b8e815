import { formatLongDate, formatShortDate, toIsoVietnam } from "@/lib/dates";

/** A date in Vietnamese, in Vietnam time, machine-readable with its +07:00 offset. */
export function ArticleDate({ date, short = false }: { date: Date; short?: boolean }) {
  return <time dateTime={toIsoVietnam(date)}>{short ? formatShortDate(date) : formatLongDate(date)}</time>;
}
