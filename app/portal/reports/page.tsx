import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ReportsTable } from "@/components/reporting/reports-table";
import { Section } from "@/components/ui/section";
import { requireViewer } from "@/lib/auth/viewer";
import { today } from "@/lib/domain/format";
import { reportsForPartner } from "@/lib/reporting/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports.page"))("title") };
}

// Every report the partner's organisation owes or has sent, in one place (the portal layout sends
// staff to their own pages): what is still to send or under review, then what was accepted.
export default async function PortalReportsPage() {
  const viewer = await requireViewer();
  const [open, accepted, t] = await Promise.all([reportsForPartner(viewer), reportsForPartner(viewer, "accepted"), getTranslations("reports.page")]);
  const href = (id: string) => `/portal/reports/${id}`;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
      </div>
      <Section title={t("open")}>
        <ReportsTable reports={open} href={href} today={today()} showProject />
      </Section>
      <Section title={t("accepted")}>
        <ReportsTable reports={accepted} href={href} today={today()} showProject />
      </Section>
    </div>
  );
}
