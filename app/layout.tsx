import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Partnership records", template: "%s · Partnership records" },
  description: "Agreements, meetings and projects of the Regional Unit for Partnerships",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
