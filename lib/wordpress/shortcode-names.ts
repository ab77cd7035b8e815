/**
 * Which bracketed words are shortcodes. WordPress itself runs only the shortcodes registered on the site and leaves
 * any other `[word]` as it is written; so does the import. Registered: WordPress core's own, and those of the themes
 * and page builders Vietnamese committee sites are built with (by exact name or by their prefix). `[Video]`,
 * `[Ảnh]`, `[1]` are text.
 */
const CORE = ["caption", "wp_caption", "gallery", "playlist", "audio", "video", "embed"];

/** Plugins and themes known by name: video embeds, forms, sliders, tabs, buttons, columns… */
const KNOWN = [
  "youtube",
  "vimeo",
  "contact-form-7",
  "contact-form",
  "wpforms",
  "rev_slider",
  "layerslider",
  "metaslider",
  "smartslider3",
  "tabs",
  "tab",
  "accordion",
  "toggle",
  "button",
  "one_half",
  "one_half_last",
  "one_third",
  "one_third_last",
  "two_third",
  "two_third_last",
  "one_fourth",
  "one_fourth_last",
  "dropcap",
  "highlight",
  "pdf-embedder",
  "pdfjs-viewer",
  "embeddoc",
  "table",
  "addtoany",
  "ssba",
  "fb_like",
];

/** Page builders and theme frameworks, by prefix: WPBakery, Divi, tagDiv Newspaper, Avada, Shortcodes Ultimate… */
const PREFIXES = [
  "vc_",
  "et_pb_",
  "td_",
  "tdc_",
  "fusion_",
  "su_",
  "av_",
  "cs_",
  "mk_",
  "ux_",
  "tie_",
  "jnews_",
];

const NAMES = new Set([...CORE, ...KNOWN]);

/** Whether `[name …]` is a shortcode the old site would have run (as written: names are case-sensitive). */
export function isShortcode(name: string): boolean {
  return NAMES.has(name) || PREFIXES.some((prefix) => name.startsWith(prefix));
}
