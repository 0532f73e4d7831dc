import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button";
import { notFound } from "next/navigation";
import { AgreementTable } from "@/components/agreements/agreement-table";
import { listAgreements } from "@/lib/agreements/queries";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/policy";

export const metadata: Metadata = { title: "Agreements" };

export default async function AgreementsPage() {
  const viewer = await requireViewer();
  if (viewer.role === "PARTNER" || !can(viewer, "read", "Agreement")) notFound();
  const rows = await listAgreements(viewer);
  return (
    <div className="space-y-6">
      <div className="flex items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">Agreements</h1>
          <p className="mt-1 text-sm text-slate-600">{rows.length} agreements, soonest expiry first.</p>
        </div>
        {can(viewer, "create", "Agreement") && (
          <ButtonLink href="/agreements/new">
            New agreement
          </ButtonLink>
        )}
      </div>
      <AgreementTable rows={rows} basePath="/agreements" />
    </div>
  );
}
