import { ARTICLE_TOOLS_SCRIPT } from "@/lib/assets";
import { SCRIPT_ATTRIBUTE } from "@/lib/font-size";
import { vi } from "@/lib/i18n/vi";

/**
 * Print, share and font size, as plain HTML. The buttons need JavaScript: without it they are not shown
 * (`.js-only`); with it their place is kept, and they appear once `public/cong-cu-bai-viet.js` — the site's one
 * script, loaded only on article pages, by the head script once the page has loaded (`data-script`) — gives them
 * their work. The Facebook link works without it.
 *
 * Each button's accessible name starts with its visible text (WCAG 2.5.3): "A-" and "A+" are followed by what
 * they do, for screen readers.
 */
export function ArticleTools({ url, title }: { url: string; title: string }) {
  return (
    <div
      className="article-tools"
      role="group"
      aria-label={vi.tools}
      data-url={url}
      data-title={title}
      data-copied={vi.linkCopied}
      {...{ [SCRIPT_ATTRIBUTE]: ARTICLE_TOOLS_SCRIPT }}
    >
      <span className="js-only tool-group">
        <button type="button" data-tool="smaller" title={vi.fontSmaller}>
          A-<span className="visually-hidden"> {vi.fontSmaller}</span>
        </button>
        <button type="button" data-tool="larger" title={vi.fontLarger}>
          A+<span className="visually-hidden"> {vi.fontLarger}</span>
        </button>
        <button type="button" data-tool="print">
          {vi.print}
        </button>
        <button type="button" data-tool="share">
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
      <span role="status" className="tool-status"></span>
    </div>
  );
}
