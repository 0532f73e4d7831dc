import type { MetadataRoute } from "next";

// The web app manifest: a name and icon when the app is added to a phone's home screen.
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Partnership records",
    short_name: "Partnerships",
    description: "Agreements, meetings, projects and funding of a regional unit for partnerships.",
    start_url: "/",
    display: "standalone",
    background_color: "#f8fafc",
    theme_color: "#0f2f55",
    icons: [{ src: "/icon.svg", sizes: "any", type: "image/svg+xml" }],
  };
}
