import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AgreementForm } from "@/components/agreements/agreement-form";
import { agreementFormOptions, renewalOf } from "@/lib/agreements/queries";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/policy";
import { AGREEMENT_STATUSES } from "@/lib/agreements/lifecycle";

export const metadata: Metadata = { title: "New agreement" };

export default async function NewAgreementPage({ searchParams }: { searchParams: Promise<{ renews?: string }> }) {
  const viewer = await requireViewer();
  const options = can(viewer, "create", "Agreement") ? await agreementFormOptions(viewer) : null;
  if (!options) notFound();
  const { renews } = await searchParams;
  const renewal = renews ? await renewalOf(viewer, renews) : null;
  if (renews && !renewal) notFound();
  return (
    <div className="space-y-6">
      <div>
        <Link href="/agreements" className="text-sm text-brand-600 hover:underline">
          ← All agreements
        </Link>
        <h1 className="mt-2 text-2xl font-semibold">{renewal ? `Renewal of ${renewal.title}` : "New agreement"}</h1>
        {renewal && <p className="mt-1 text-sm text-slate-600">Saving links both agreements: the old one is marked as renewed by this one.</p>}
      </div>
      <AgreementForm options={options} statuses={AGREEMENT_STATUSES} initial={renewal ?? undefined} />
    </div>
  );
}
