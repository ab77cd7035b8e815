/**
 * Headers every response carries, beside the Content-Security-Policy
 * (`csp.ts`, set per response). Used by next.config.ts for every route and by
 * the request guard for the responses it writes itself.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "Strict-Transport-Security": "max-age=63072000; includeSubDomains",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Frame-Options": "DENY",
  "Permissions-Policy":
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), interest-cohort=(), browsing-topics=(), clipboard-write=(self), web-share=(self)",
};
