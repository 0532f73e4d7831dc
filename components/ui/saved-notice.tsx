"use client";

import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { SAVED_COOKIE, SAVED_KINDS, type SavedKind } from "@/lib/domain/saved-notice";

/**
 * The page's live region for saves: always in the page (so screen readers watch it), filled with
 * "Saved." or "Created." (in the reader's language) when a record's form has just led here, and emptied after a while.
 */
export function SavedNotice() {
  const pathname = usePathname();
  const t = useTranslations("common.saved");
  const [kind, setKind] = useState<SavedKind | null>(null);
  useEffect(() => {
    const saved = new RegExp(`(?:^|; )${SAVED_COOKIE}=(\\w+)`).exec(document.cookie)?.[1] as SavedKind | undefined;
    if (!saved || !SAVED_KINDS.includes(saved)) return;
    document.cookie = `${SAVED_COOKIE}=; path=/; max-age=0`;
    // Reading the cookie is reading the outside world after the page rendered: an effect's job.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setKind(saved);
    const timer = setTimeout(() => setKind(null), 10_000);
    return () => clearTimeout(timer);
  }, [pathname]);
  // The region stays rendered while empty: screen readers only announce changes to a region they
  // already watch.
  return (
    <div role="status" className="print:hidden">
      {kind && <p className="mb-4 rounded-md border border-emerald-200 bg-emerald-50 px-4 py-2 text-sm text-emerald-900">{t(kind)}</p>}
    </div>
  );
}
