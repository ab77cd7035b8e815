/**
 * What `next build` renders ahead of time. Readers mostly open the home page,
 * the sections and the newest articles; every other page is rendered on its
 * first request and then served from the page cache like the rest. This keeps
 * the build short however many articles the site gathers over the years.
 */

/** The newest articles rendered at build time. */
export const PRERENDERED_ARTICLES = 30;
