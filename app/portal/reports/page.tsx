import type { Metadata } from "next";
import { ReportsTable } from "@/components/reporting/reports-table";
import { Section } from "@/components/ui/section";
import { requireViewer } from "@/lib/auth/viewer";
import { today } from "@/lib/domain/format";
import { reportsForPartner } from "@/lib/reporting/queries";

export const metadata: Metadata = { title: "Reports" };

// Every report the partner's organisation owes or has sent, in one place (the portal layout sends
// staff to their own pages): what is still to send or under review, then what was accepted.
export default async function PortalReportsPage() {
  const viewer = await requireViewer();
  const [open, accepted] = await Promise.all([reportsForPartner(viewer), reportsForPartner(viewer, "accepted")]);
  const href = (id: string) => `/portal/reports/${id}`;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Reports</h1>
        <p className="mt-1 text-sm text-slate-600">
          The reports your organisation owes on its projects. Send each from its page; the unit accepts it or returns it with a comment.
        </p>
      </div>
      <Section title="To send or under review">
        <ReportsTable reports={open} href={href} today={today()} showProject />
      </Section>
      <Section title="Accepted">
        <ReportsTable reports={accepted} href={href} today={today()} showProject />
      </Section>
    </div>
  );
}
