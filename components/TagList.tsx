import type { Tag } from "@/lib/content/schema";
import { vi } from "@/lib/i18n/vi";
import { routes } from "@/lib/routes";
import { SiteLink } from "./SiteLink";

export function TagList({ tags }: { tags: readonly Tag[] }) {
  if (!tags.length) return null;
  return (
    <div className="tags">
      <span className="tags-label">{vi.tags}:</span>
      <ul>
        {tags.map((tag) => (
          <li key={tag.slug}>
            <SiteLink href={routes.tag(tag.slug)}>{tag.name}</SiteLink>
          </li>
        ))}
      </ul>
    </div>
  );
}
