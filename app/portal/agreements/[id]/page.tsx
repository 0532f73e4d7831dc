import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { AgreementDetails } from "@/components/agreements/agreement-details";
import { findAgreement } from "@/lib/agreements/queries";
import { requireViewer } from "@/lib/auth/viewer";

export const metadata: Metadata = { title: "Agreement" };

export default async function PortalAgreementPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  if (viewer.role !== "PARTNER") redirect("/agreements");
  const agreement = await findAgreement(viewer, (await params).id);
  if (!agreement) notFound();
  return <AgreementDetails agreement={agreement} basePath="/portal/agreements" meetingBasePath="/portal/meetings" projectBasePath="/portal/projects" />;
}
