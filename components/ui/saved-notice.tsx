"use client";

import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { SAVED_COOKIE, SAVED_MESSAGES, type SavedKind } from "@/lib/domain/saved-notice";

/**
 * The page's live region for saves: always in the page (so screen readers watch it), filled with
 * "Saved." or "Created." when a record's form has just led here, and emptied after a while.
 */
export function SavedNotice() {
  const pathname = usePathname();
  const [message, setMessage] = useState("");
  useEffect(() => {
    const kind = new RegExp(`(?:^|; )${SAVED_COOKIE}=(\\w+)`).exec(document.cookie)?.[1] as SavedKind | undefined;
    if (!kind || !(kind in SAVED_MESSAGES)) return;
    document.cookie = `${SAVED_COOKIE}=; path=/; max-age=0`;
    // Reading the cookie is reading the outside world after the page rendered: an effect's job.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setMessage(SAVED_MESSAGES[kind]);
    const timer = setTimeout(() => setMessage(""), 10_000);
    return () => clearTimeout(timer);
  }, [pathname]);
  // The region stays rendered while empty: screen readers only announce changes to a region they
  // already watch.
  return (
    <div role="status" className="print:hidden">
      {message && <p className="mb-4 rounded-md border border-emerald-200 bg-emerald-50 px-4 py-2 text-sm text-emerald-900">{message}</p>}
    </div>
  );
}
