import { SiteImage } from "./SiteImage";
import type { CardData } from "@/lib/page-data";
import { vi } from "@/lib/i18n/vi";
import { routes } from "@/lib/routes";
import { ArticleDate } from "./ArticleDate";
import { SiteLink } from "./SiteLink";

interface Props {
  article: CardData;
  /** `lead`: the big story at the top of the home page; `compact`: title and date only. */
  variant?: "lead" | "default" | "compact";
  headingLevel?: 2 | 3;
  /** Load the cover at once (the first image above the fold); every other image loads lazily. */
  eager?: boolean;
  showCategory?: boolean;
}

export function ArticleCard({
  article,
  variant = "default",
  headingLevel = 2,
  eager = false,
  showCategory = false,
}: Props) {
  const Heading = `h${headingLevel}` as const;
  const cover = variant !== "compact" ? article.cover : null;
  return (
    <article className={`card card-${variant}`}>
      {cover && (
        <SiteImage
          className="card-image"
          src={cover.src}
          alt=""
          width={cover.width}
          height={cover.height}
          sizes={
            variant === "lead"
              ? "(min-width: 72rem) 44rem, (min-width: 48rem) 60vw, 100vw"
              : "(min-width: 48rem) 12rem, 30vw"
          }
          preload={eager}
          loading={eager ? "eager" : "lazy"}
        />
      )}
      <div className="card-text">
        <Heading className="card-title">
          {article.draft && <span className="draft-label">{vi.draftLabel}</span>}
          <SiteLink href={routes.article(article.slug)}>{article.title}</SiteLink>
        </Heading>
        <p className="card-meta">
          <ArticleDate date={article.date} short />
          {showCategory && (
            <>
              {" · "}
              <SiteLink href={routes.category(article.category.slug)}>{article.category.name}</SiteLink>
            </>
          )}
        </p>
        {variant !== "compact" && <p className="card-summary">{article.summary}</p>}
      </div>
    </article>
  );
}
