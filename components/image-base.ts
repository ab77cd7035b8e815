import { createContext } from "react";

/**
 * Where SiteImage takes photos from, when not from the site's image optimizer: the editor's preview sets it to its
 * clone's files (lib/editor/files.ts), since a photo just uploaded is not yet in the site's `public/` folder.
 */
export const ImageBase = createContext<string | null>(null);
