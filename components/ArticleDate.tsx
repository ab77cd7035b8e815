import { formatLongDate, toIsoVietnam } from "@/lib/dates";

/** A date in Vietnamese, in Vietnam time, machine-readable with its +07:00 offset. */
export function ArticleDate({ date }: { date: Date }) {
  return <time dateTime={toIsoVietnam(date)}>{formatLongDate(date)}</time>;
}
