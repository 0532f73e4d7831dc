// A partner's search: the words inside the documents they may open (shared with them on their own
// agreements, meetings and projects, and their own reports' attachments).
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FoundDocumentItem } from "@/components/search/found-document";
import { FoundCount, SearchForm } from "@/components/search/search-form";
import { requireViewer } from "@/lib/auth/viewer";
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
  const [found, t] = await Promise.all([query.trim() ? searchDocuments(viewer, query, SHOWN, COUNT_UP_TO) : undefined, getTranslations("search")]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("portalTitle")}</h1>
      <SearchForm query={query} placeholder={t("portalPlaceholder")} />
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
            <FoundCount total={found.total} more={found.more} />
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
