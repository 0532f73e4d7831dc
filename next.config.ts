import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { STATIC_HEADERS } from "./lib/security/headers";

const nextConfig: NextConfig = {
  // Keep the database drivers, Prisma's Wasm query compiler and pdfkit (it reads its font files
  // from disk at run time) out of the bundle.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "@prisma/client", "pdfkit", "nodemailer"],
  poweredByHeader: false,
  // Uploads go through Server Actions. The proxy refuses a body over DOCUMENT_MAX_MB (at most 25)
  // + 1 MB of form fields before it is read (lib/security/request-guard.ts); these are the
  // framework's ceilings above that. The proxy's buffer is the larger, so a body that slips past
  // (no declared length) is refused by the action's limit (413), not cut short into a broken form (500).
  experimental: { serverActions: { bodySizeLimit: "26mb" }, proxyClientMaxBodySize: "27mb" },
  typedRoutes: false,
  async headers() {
    return [{ source: "/:path*", headers: STATIC_HEADERS }];
  },
};

// next-intl reads each request's language and catalogue from here (lib/i18n/request-config.ts).
// The catalogues under messages/ are compiled when the app is built, so neither the browser nor the
// server parses a message at run time, and no ICU parser is sent to the browser (decision 025).
export default createNextIntlPlugin({
  requestConfig: "./lib/i18n/request-config.ts",
  experimental: { messages: { path: "./messages", format: "json", locales: "infer", precompile: true } },
})(nextConfig);
