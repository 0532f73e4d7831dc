"use client";
// The header's search box: searches every kind of record at once (/search; a partner's, their
// documents at /portal/search). "/" anywhere outside
// a field puts the focus in it, as on GitHub or MDN.
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";

function typingInField(target: EventTarget | null) {
  return target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
}

/** `shortcut`: "/" focuses this box (the header's; the phone menu's box has none). */
export function HeaderSearch({ id, action, shortcut = false }: { id: string; action: string; shortcut?: boolean }) {
  const t = useTranslations("common");
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!shortcut) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || typingInField(event.target)) return;
      event.preventDefault();
      input.current?.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [shortcut]);
  return (
    <form action={action} method="get" role="search">
      <label htmlFor={id} className="sr-only">
        {t(action === "/portal/search" ? "searchDocumentsLabel" : "searchLabel")}
      </label>
      <input
        ref={input}
        id={id}
        name="q"
        type="search"
        placeholder={shortcut ? `${t("searchPlaceholder")}  /` : t("searchPlaceholder")}
        aria-keyshortcuts={shortcut ? "/" : undefined}
        className="w-full min-w-0 rounded-md border border-white/20 bg-white/10 px-3 py-1.5 text-sm text-white placeholder:text-white/70 focus:bg-white focus:text-slate-900 focus:placeholder:text-slate-500 focus:outline-2 focus:outline-offset-2 focus:outline-white"
      />
    </form>
  );
}
