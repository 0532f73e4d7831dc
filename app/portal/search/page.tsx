// A partner's search: the words inside the documents they may open (shared with them on their own
// agreements, meetings and projects, and their own reports' attachments).
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FoundDocumentItem } from "@/components/search/found-document";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { requireViewer } from "@/lib/auth/viewer";
import { getFormats } from "@/lib/i18n/server";
import { COUNT_UP_TO } from "@/lib/search/everything";
import { searchDocuments } from "@/lib/search/documents";

/** Documents listed at most: a partner's are few; more words narrow them. */
const SHOWN = 20;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("search"))("portalTitle") };
}

export default async function PortalSearchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  const { q } = await searchParams;
  const query = typeof q === "string" ? q.slice(0, 200) : "";
  const [found, t, tFilters, f] = await Promise.all([
    query.trim() ? searchDocuments(viewer, query, SHOWN, COUNT_UP_TO) : undefined,
    getTranslations("search"),
    getTranslations("filters"),
    getFormats(),
  ]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("portalTitle")}</h1>
      <form method="get" role="search" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <label htmlFor="q" className="sr-only">
          {t("wordsLabel")}
        </label>
        <input id="q" name="q" type="search" defaultValue={query} placeholder={t("portalPlaceholder")} className={`${inputClass} min-w-0 flex-1 basis-64`} />
        <Button type="submit">{tFilters("search")}</Button>
      </form>
      {!found ? (
        <p className="text-sm text-slate-600">{t("portalHelp")}</p>
      ) : found.total === 0 ? (
        <p role="status" className="text-sm text-slate-600">
          {t("nothing", { query })}
        </p>
      ) : (
        <section aria-labelledby="found-documents" className="rounded-lg border border-slate-200 bg-white shadow-sm">
          <h2 id="found-documents" className="flex flex-wrap items-baseline justify-between gap-3 border-b border-slate-100 px-4 py-3 font-semibold">
            {t("documents")}
            <span className="text-sm font-normal text-slate-500">{found.total > COUNT_UP_TO || found.more ? `${f.number(Math.min(found.total, COUNT_UP_TO))}+` : f.number(found.total)}</span>
          </h2>
          <ul className="divide-y divide-slate-100">
            {found.rows.map((d) => (
              <FoundDocumentItem key={d.id} document={d} portal />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
