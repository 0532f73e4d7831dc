import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ImportForm } from "@/components/import/import-form";
import { requireViewer } from "@/lib/auth/viewer";
import { COLUMNS } from "@/lib/import/import";
import { appEnv } from "@/lib/env";
import { can } from "@/lib/policy";

export const metadata: Metadata = { title: "Import" };

export default async function ImportPage() {
  const viewer = await requireViewer();
  if (!can(viewer, "create", "Agreement") || !can(viewer, "create", "Organisation")) notFound();
  const columns = (kind: keyof typeof COLUMNS) =>
    Object.values(COLUMNS[kind] as Record<string, { required?: boolean; aliases: string[] }>).map((c) => `${c.aliases[0]}${c.required ? " *" : ""}`).join(", ");
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Import from a spreadsheet</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">
          Check the file first: every row is tested with the same rules as the forms. Nothing is imported unless every row is
          ready, and then all rows are imported together. Import partners before the agreements that name them.
        </p>
      </div>
      <div className="grid gap-4 text-sm text-slate-600 sm:grid-cols-2">
        <p>
          <span className="font-medium text-slate-800">Partner columns:</span> {columns("organisations")}. Kind as in the form
          (e.g. Government); country as an ISO code or &quot;Regional&quot;.
        </p>
        <p>
          <span className="font-medium text-slate-800">Agreement columns:</span> {columns("agreements")}. Parties as
          &quot;ASEAN (Signatory); ILO (Signatory)&quot;; themes separated by &quot;;&quot;; dates as YYYY-MM-DD.
        </p>
        <p className="sm:col-span-2">
          <span className="font-medium text-slate-800">Instalment and receipt columns:</span> {columns("funding")}. Each row names an agreement
          (its reference), a funding party and a currency that match one recorded commitment; its instalment is found by due date and amount, or
          added; a receipt on the row is recorded against it. A receipt already recorded is refused.
        </p>
      </div>
      <ImportForm limitMb={appEnv().DOCUMENT_MAX_MB} />
    </div>
  );
}
