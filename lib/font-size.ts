/** The reader's font size choice: a step from 0 (normal) to FONT_SIZES - 1, kept in localStorage. */
export const FONT_SIZE_KEY = "co-chu";
export const FONT_SIZES = 4;

/** The attribute naming a page's script (the article tools' element has it: components/ArticleTools.tsx). */
export const SCRIPT_ATTRIBUTE = "data-script";

/**
 * The page's one inline script, in the document head, the same on every page (the policy allows it by its hash):
 *
 *  - marks that JavaScript runs, and applies the remembered font size before the first paint (no flash);
 *  - once the page has loaded, loads the script an element names in `data-script` (the article tools), so that it
 *    never competes with the page's text, photos and fonts on a slow connection.
 */
export const HEAD_SCRIPT = `(function(){var d=document.documentElement;d.classList.add("js");try{var s=localStorage.getItem(${JSON.stringify(FONT_SIZE_KEY)});if(s&&/^[0-${FONT_SIZES - 1}]$/.test(s))d.dataset.fontSize=s}catch(e){}addEventListener("load",function(){var t=document.querySelector("[${SCRIPT_ATTRIBUTE}]");if(t){var j=document.createElement("script");j.src=t.getAttribute("${SCRIPT_ATTRIBUTE}");document.body.appendChild(j)}})})();`;
