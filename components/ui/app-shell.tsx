import Link from "next/link";
import { useTranslations } from "next-intl";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { HeaderSearch } from "@/components/search/header-search";
import { SavedNotice } from "./saved-notice";
import { SiteMenu } from "./site-menu";
import type { NavItem } from "./navigation";
import type { Viewer } from "@/lib/policy";

export function AppShell({
  viewer,
  nav,
  unread,
  search,
  children,
}: {
  viewer: Viewer;
  nav: NavItem[];
  /** Unread notifications; undefined hides the link. */
  unread?: number;
  /** Where the search box sends its words (staff: /search, partners: /portal/search); none: no box. */
  search?: string;
  children: React.ReactNode;
}) {
  const t = useTranslations("common");
  const tNav = useTranslations("nav");
  const role = useTranslations("roles")(viewer.role);
  // The menu below 1280 px is a client component: it gets the links already in words.
  const links = nav.map((item) => ({ href: item.href, label: tNav(item.label) }));
  const account = viewer.role === "PARTNER" ? "/portal/account" : "/account";
  return (
    <div className="min-h-screen">
      {/* The first thing a keyboard reaches: past the header's links, straight to the page. */}
      <a
        href="#main"
        className="skip-link sr-only rounded-md bg-white text-sm font-medium text-brand-700 shadow focus:not-sr-only focus:absolute focus:top-2 focus:start-2 focus:z-30 focus:px-3 focus:py-2"
      >
        {t("skipToContent")}
      </a>
      <header className="relative bg-brand-900 text-white">
        <div className="mx-auto flex max-w-7xl items-center gap-3 px-4 py-3 sm:px-6 xl:gap-4">
          <Link href="/" className="min-w-0 leading-tight font-semibold tracking-tight">
            {t("appName")}
          </Link>
          <nav aria-label={t("mainNav")} className="hidden gap-1 text-sm xl:flex">
            {links.map((item) => (
              <Link key={item.href} href={item.href} className="rounded-md px-2 py-1.5 whitespace-nowrap text-white/90 hover:bg-white/10">
                {item.label}
              </Link>
            ))}
          </nav>
          <div className="ms-auto flex items-center gap-1 text-sm xl:gap-3">
            {search && (
              <div className="hidden w-40 md:block">
                <HeaderSearch id="site-search" action={search} shortcut />
              </div>
            )}
            {unread !== undefined && (
              <Link href={viewer.role === "PARTNER" ? "/portal/notifications" : "/notifications"} className="relative rounded-md px-2 py-1.5 text-white/90 hover:bg-white/10" aria-label={t("notifications", { count: unread })}>
                <svg viewBox="0 0 20 20" fill="currentColor" className="h-5 w-5" aria-hidden>
                  <path d="M10 2a6 6 0 0 0-6 6v3.59l-1.7 1.7A1 1 0 0 0 3 15h14a1 1 0 0 0 .7-1.71L16 11.59V8a6 6 0 0 0-6-6Zm0 16a3 3 0 0 1-2.83-2h5.66A3 3 0 0 1 10 18Z" />
                </svg>
                {unread > 0 && <span className="absolute -top-0.5 -end-0.5 min-w-4 rounded-full bg-amber-400 px-1 text-center text-[10px] leading-4 font-semibold text-brand-900">{unread > 99 ? "99+" : unread}</span>}
              </Link>
            )}
            <div className="hidden items-center gap-3 xl:flex">
              <Link href={account} className="rounded-md px-2 py-1 text-end leading-tight hover:bg-white/10" title={t("yourAccount")}>
                <span className="block">{viewer.name}</span>
                <span className="block text-xs text-white/60">{role}</span>
              </Link>
              <SignOutButton />
            </div>
            <SiteMenu nav={links} search={search} account={{ href: account, name: viewer.name, role }} />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-7xl px-4 py-6 focus:outline-none sm:px-6 sm:py-8">
        <SavedNotice />
        {children}
      </main>
    </div>
  );
}
