import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import type { Viewer } from "@/lib/policy";

const roleLabels = { ADMIN: "Administrator", OFFICER: "Partnership officer", MANAGER: "Manager", PARTNER: "Partner" };

export function AppShell({
  viewer,
  nav,
  children,
}: {
  viewer: Viewer;
  nav: { href: string; label: string }[];
  children: React.ReactNode;
}) {
  return (
    <div className="min-h-screen">
      <header className="bg-brand-900 text-white">
        <div className="mx-auto flex max-w-6xl items-center gap-6 px-6 py-3">
          <Link href="/" className="font-semibold tracking-tight">
            Partnership records
          </Link>
          <nav className="flex gap-1 text-sm">
            {nav.map((item) => (
              <Link key={item.href} href={item.href} className="rounded-md px-3 py-1.5 text-white/90 hover:bg-white/10">
                {item.label}
              </Link>
            ))}
          </nav>
          <div className="ml-auto flex items-center gap-3 text-sm">
            <span className="text-right leading-tight">
              <span className="block">{viewer.name}</span>
              <span className="block text-xs text-white/60">{roleLabels[viewer.role]}</span>
            </span>
            <SignOutButton />
          </div>
        </div>
      </header>
      <main className="mx-auto max-w-6xl px-6 py-8">{children}</main>
    </div>
  );
}
