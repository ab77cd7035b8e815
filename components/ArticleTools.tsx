import { ARTICLE_TOOLS_SCRIPT } from "@/lib/assets";
import { vi } from "@/lib/i18n/vi";

/**
 * Print, share and font size, as plain HTML. The buttons need JavaScript: they are hidden until the head script
 * marks that it runs (`.js-only`), and `public/cong-cu-bai-viet.js` — the site's one script, loaded only on
 * article pages — gives them their work. The Facebook link works without it.
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
      {/* Run once the page is parsed; as a plain element it stays where it is written. */}
      <script src={ARTICLE_TOOLS_SCRIPT} defer />
    </div>
  );
}
