/** The reader's font size choice: a step from 0 (normal) to FONT_SIZES - 1, kept in localStorage. */
export const FONT_SIZE_KEY = "co-chu";
export const FONT_SIZES = 4;

/**
 * A tiny script for the document head: marks that JavaScript runs and
 * applies the remembered font size before the first paint (no flash).
 */
export const FONT_SIZE_BOOT_SCRIPT = `(function(){var d=document.documentElement;d.classList.add("js");try{var s=localStorage.getItem(${JSON.stringify(FONT_SIZE_KEY)});if(s&&/^[0-${FONT_SIZES - 1}]$/.test(s))d.dataset.fontSize=s}catch(e){}})();`;
