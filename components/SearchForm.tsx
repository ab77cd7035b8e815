import { vi } from "@/lib/i18n/vi";
import { routes } from "@/lib/routes";

/** A plain GET form: search works without JavaScript. */
export function SearchForm({
  id,
  defaultValue = "",
  className = "search-form",
}: {
  id: string;
  defaultValue?: string;
  className?: string;
}) {
  return (
    <form role="search" action={routes.search()} method="get" className={className}>
      <label htmlFor={id} className="visually-hidden">
        {vi.searchLabel}
      </label>
      <input id={id} name="q" type="search" placeholder={vi.searchPlaceholder} defaultValue={defaultValue} />
      <button type="submit">{vi.search}</button>
    </form>
  );
}
