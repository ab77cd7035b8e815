/** What the WordPress import writes into articles and tells the operator, in one place. */
export const viImport = {
  /** Before the link that replaces an embedded video (the site embeds no third-party frames). */
  video: "Xem video",
} as const;
