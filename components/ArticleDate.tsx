import { formatLongDate, formatShortDate, toIsoVietnam } from "@/lib/dates";

/** A date (an ISO instant) in Vietnamese, in Vietnam time, machine-readable with its +07:00 offset. */
export function ArticleDate({ date, short = false }: { date: string; short?: boolean }) {
  const instant = new Date(date);
  return (
    <time dateTime={toIsoVietnam(instant)}>{short ? formatShortDate(instant) : formatLongDate(instant)}</time>
  );
}
