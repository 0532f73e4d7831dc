import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AgreementTable } from "@/components/agreements/agreement-table";
import { listAgreements } from "@/lib/agreements/queries";
import { requireViewer } from "@/lib/auth/viewer";

export const metadata: Metadata = { title: "Our agreements" };

export default async function PortalPage() {
  const viewer = await requireViewer();
  if (viewer.role !== "PARTNER") redirect("/agreements");
  const rows = await listAgreements(viewer);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Our agreements</h1>
        <p className="mt-1 text-sm text-slate-600">The agreements your organisation is party to.</p>
      </div>
      <AgreementTable rows={rows} basePath="/portal/agreements" />
    </div>
  );
}
