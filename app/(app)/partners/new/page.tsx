import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PartnerForm } from "@/components/partners/partner-form";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/policy";

export const metadata: Metadata = { title: "New partner" };

export default async function NewPartnerPage() {
  const viewer = await requireViewer();
  if (!can(viewer, "create", "Organisation")) notFound();
  return (
    <div className="space-y-6">
      <div>
        <Link href="/partners" className="text-sm text-brand-600 hover:underline">
          ← All partners
        </Link>
        <h1 className="mt-2 text-2xl font-semibold">New partner</h1>
      </div>
      <PartnerForm />
    </div>
  );
}
