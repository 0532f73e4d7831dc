import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Keep the database drivers and Prisma's Wasm query compiler out of the bundle.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "@prisma/client"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
