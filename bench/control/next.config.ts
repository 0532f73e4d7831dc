import type { NextConfig } from "next";

// The control app of `npm run bench` (bench/control/app/page.tsx).
const nextConfig: NextConfig = { poweredByHeader: false };

export default nextConfig;
