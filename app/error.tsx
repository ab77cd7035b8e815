"use client";

import { vi } from "@/lib/i18n/vi";
import { routes } from "@/lib/routes";

/** Shown when a page fails to render: no internals, the way home and to the latest news. */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <section className="not-found">
      <h1>{vi.errorTitle}</h1>
      <p>{vi.errorText}</p>
      <p className="button-row">
        <button type="button" className="button" onClick={reset}>
          {vi.tryAgain}
        </button>
        {/* Plain links: after an error, a full page load is the safest way on. */}
        <a href={routes.home()} className="button button-secondary">
          {vi.backHome}
        </a>{" "}
        <a href={routes.archive()} className="button button-secondary">
          {vi.latest}
        </a>
      </p>
    </section>
  );
}
