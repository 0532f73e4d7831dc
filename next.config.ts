import type { NextConfig } from "next";
import { STATIC_HEADERS } from "./lib/security/headers";

const nextConfig: NextConfig = {
  // Keep the database drivers, Prisma's Wasm query compiler and pdfkit (it reads its font files
  // from disk at run time) out of the bundle.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "@prisma/client", "pdfkit", "nodemailer"],
  poweredByHeader: false,
  // Document uploads go through Server Actions; DOCUMENT_MAX_MB (at most 25) is enforced in code.
  experimental: { serverActions: { bodySizeLimit: "26mb" } },
  typedRoutes: false,
  async headers() {
    return [{ source: "/:path*", headers: STATIC_HEADERS }];
  },
};

export default nextConfig;
