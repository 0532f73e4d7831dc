// A document found by its words: its name (the file), the record it belongs to, the passage with
// the words marked, and the pages it was found on (a PDF opens at the page in the browser's viewer).
import Link from "next/link";
import { useTranslations } from "next-intl";
import { MARK_END, MARK_START, type FoundDocument } from "@/lib/search/documents";

/** Pages linked at most; the rest are counted. */
const PAGES_SHOWN = 5;

const STAFF_PATHS = { agreement: "/agreements", meeting: "/meetings", project: "/projects", opportunity: "/pipeline" } as const;
const PORTAL_PATHS = { agreement: "/portal/agreements", meeting: "/portal/meetings", project: "/portal/projects", opportunity: null } as const;

/** The passage as text with <mark>s: the marks are split on, never parsed as markup. */
function Passage({ text }: { text: string }) {
  return (
    <>
      {text.split(MARK_START).map((part, i) => {
        const [marked, rest] = part.includes(MARK_END) ? part.split(MARK_END, 2) : [null, part];
        return (
          <span key={i}>
            {marked !== null && <mark className="rounded-sm bg-amber-100 px-0.5 text-slate-900">{marked}</mark>}
            {rest}
          </span>
        );
      })}
    </>
  );
}

export function FoundDocumentItem({ document: d, portal = false }: { document: FoundDocument; portal?: boolean }) {
  const t = useTranslations("search");
  const base = (portal ? PORTAL_PATHS : STAFF_PATHS)[d.record.kind];
  const opensAtPage = d.mediaType === "application/pdf";
  return (
    <li className="space-y-1 px-4 py-2.5">
      <a href={`/documents/${d.id}${opensAtPage ? "?view=1" : ""}`} className="font-medium break-words text-brand-700 hover:underline">
        {d.filename}
      </a>
      <p className="text-xs text-slate-500">
        {base ? (
          <Link href={`${base}/${d.record.id}`} className="hover:underline">
            {t("inRecord", { kind: d.record.kind, title: d.record.title })}
          </Link>
        ) : (
          t("inRecord", { kind: d.record.kind, title: d.record.title })
        )}
      </p>
      {d.passage && (
        <p className="text-sm break-words text-slate-700">
          <Passage text={d.passage} />
        </p>
      )}
      <p className="flex flex-wrap gap-x-3 text-xs">
        {d.pages.slice(0, PAGES_SHOWN).map((page) => (
          <a key={page} href={opensAtPage ? `/documents/${d.id}?view=1#page=${page}` : `/documents/${d.id}`} className="text-brand-700 hover:underline">
            {t("foundOnPage", { page })}
          </a>
        ))}
        {d.pages.length > PAGES_SHOWN && <span className="text-slate-500">{t("morePages", { count: d.pages.length - PAGES_SHOWN })}</span>}
      </p>
    </li>
  );
}
