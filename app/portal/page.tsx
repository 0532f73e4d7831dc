import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AgreementTable } from "@/components/agreements/agreement-table";
import { Pagination } from "@/components/ui/pagination";
import { parseAgreementFilters } from "@/lib/agreements/filters";
import { listAgreements } from "@/lib/agreements/queries";
import { requireViewer } from "@/lib/auth/viewer";
import { ReportsTable } from "@/components/reporting/reports-table";
import { Section } from "@/components/ui/section";
import { today } from "@/lib/domain/format";
import { reportsForPartner } from "@/lib/reporting/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("portal"))("title") };
}

export default async function PortalPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  if (viewer.role !== "PARTNER") redirect("/agreements");
  const t = await getTranslations("portal");
  const { page: requested } = parseAgreementFilters(await searchParams);
  const [{ rows, total, page, pageCount }, reports] = await Promise.all([listAgreements(viewer, { page: requested }), reportsForPartner(viewer)]);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
      </div>
      {reports.length > 0 && (
        <Section title={t("reportsToSend")}>
          <ReportsTable reports={reports} href={(id) => `/portal/reports/${id}`} today={today()} showProject />
        </Section>
      )}
      <AgreementTable rows={rows} basePath="/portal/agreements" />
      <Pagination page={page} pageCount={pageCount} total={total} href={(p) => `/portal?page=${p}`} />
    </div>
  );
}
