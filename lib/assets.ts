/**
 * The site's own static script, by its URL. The version (a hash of the file, compiled in by next.config.ts) is in
 * the query string, so browsers may keep the file for a year and still get a new one the day it changes.
 */
const version = process.env.ARTICLE_TOOLS_VERSION;

export const ARTICLE_TOOLS_FILE = "cong-cu-bai-viet.js";
export const ARTICLE_TOOLS_SCRIPT = `/${ARTICLE_TOOLS_FILE}${version ? `?v=${version}` : ""}`;
