// The product's stylesheet in a plain root layout: the app's own reads the session and the
// language, which the control (no database, no session) must not. The control differs from the
// app only in what its pages do.
import "../../../app/globals.css";

export default function ControlLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" dir="ltr">
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
