"use client";

import { useState } from "react";
import { vi } from "@/lib/i18n/vi";
import { FONT_SIZE_KEY, FONT_SIZES } from "@/lib/font-size";

/**
 * Print, share and font size. These buttons need JavaScript, so they are
 * shown only once it runs (`.js-only`); the Facebook link works without it.
 */
export function ArticleTools({ url, title }: { url: string; title: string }) {
  const [status, setStatus] = useState("");

  function changeFontSize(step: number) {
    const root = document.documentElement;
    const current = Number(root.dataset.fontSize ?? 0);
    const next = Math.min(FONT_SIZES - 1, Math.max(0, current + step));
    root.dataset.fontSize = String(next);
    try {
      localStorage.setItem(FONT_SIZE_KEY, String(next));
    } catch {
      // Storage may be off (private mode): the size still applies to this page.
    }
  }

  async function share() {
    if (navigator.share) {
      try {
        await navigator.share({ title, url });
      } catch {
        // The reader closed the share sheet.
      }
      return;
    }
    try {
      await navigator.clipboard.writeText(url);
      setStatus(vi.linkCopied);
    } catch {
      setStatus(url);
    }
  }

  return (
    <div className="article-tools" role="group" aria-label={vi.tools}>
      <span className="js-only tool-group">
        <button
          type="button"
          onClick={() => changeFontSize(-1)}
          aria-label={vi.fontSmaller}
          title={vi.fontSmaller}
        >
          A-
        </button>
        <button
          type="button"
          onClick={() => changeFontSize(1)}
          aria-label={vi.fontLarger}
          title={vi.fontLarger}
        >
          A+
        </button>
        <button type="button" onClick={() => window.print()}>
          {vi.print}
        </button>
        <button type="button" onClick={share}>
          {vi.share}
        </button>
      </span>
      <a
        className="tool-link"
        href={`https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}`}
        target="_blank"
        rel="noopener noreferrer"
      >
        {vi.shareFacebook}
      </a>
      <span role="status" className="tool-status">
        {status}
      </span>
    </div>
  );
}
