// The bare page is built with Next.js defaults: this file only keeps the site's own configuration out.
export default {};
