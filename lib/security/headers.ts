// The browser-side defences every page carries. The Content-Security-Policy is per request (it
// names a fresh nonce: Next.js puts it on its own inline scripts), so proxy.ts sets it; the rest
// are the same for every response and come from next.config.ts.

/** The page's policy: scripts only from us and with this request's nonce; nothing may frame us. */
export function contentSecurityPolicy(nonce: string, options: { dev: boolean; formTargets: string[] }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    // Inline style attributes draw the charts' bars; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    // Single sign-on posts to next-auth, which redirects to the provider: Chromium applies
    // form-action to that redirect, so the provider's origin is listed when configured.
    `form-action 'self'${options.formTargets.map((t) => ` ${t}`).join("")}`,
    "frame-ancestors 'none'",
  ].join("; ");
}

export const STATIC_HEADERS = [
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];
