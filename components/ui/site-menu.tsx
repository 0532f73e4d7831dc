"use client";
// The navigation below 1280 px: one "Menu" button that opens the links, the account and
// signing out as a list under the header. Escape closes it and puts the focus back on the button;
// following a link closes it too.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { usePathname } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { HeaderSearch } from "@/components/search/header-search";

export function SiteMenu({
  nav,
  search,
  account,
}: {
  nav: { href: string; label: string }[];
  /** Where the search box sends its words; none: no box. */
  search?: string;
  account: { href: string; name: string; role: string };
}) {
  const t = useTranslations("common");
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const pathname = usePathname();

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open]);

  return (
    <div className="xl:hidden">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls="site-menu"
        onClick={() => setOpen((o) => !o)}
        className="flex min-h-10 items-center gap-2 rounded-md px-3 py-2 text-sm text-white/90 hover:bg-white/10"
      >
        <svg viewBox="0 0 20 20" fill="currentColor" className="h-5 w-5" aria-hidden>
          <path d="M3 5h14v2H3V5Zm0 4h14v2H3V9Zm0 4h14v2H3v-2Z" />
        </svg>
        {t("menu")}
      </button>
      {open && (
        <div id="site-menu" className="absolute inset-x-0 top-full z-20 border-t border-white/10 bg-brand-900 px-6 pb-4 shadow-lg">
          {search && (
            <div className="pt-3 md:hidden">
              <HeaderSearch id="menu-search" action={search} />
            </div>
          )}
          <nav aria-label={t("mainNav")}>
            <ul className="py-2">
              {nav.map((item) => (
                <li key={item.href}>
                  <Link href={item.href} onClick={() => setOpen(false)} aria-current={pathname === item.href ? "page" : undefined} className="block rounded-md px-3 py-2.5 text-white/90 hover:bg-white/10">
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <div className="flex flex-wrap items-center justify-between gap-3 border-t border-white/10 pt-3 text-sm">
            <Link href={account.href} onClick={() => setOpen(false)} className="rounded-md px-3 py-2 leading-tight hover:bg-white/10">
              <span className="block">{account.name}</span>
              <span className="block text-xs text-white/60">{account.role}</span>
            </Link>
            <SignOutButton />
          </div>
        </div>
      )}
    </div>
  );
}
