import type { Metadata } from "next";
import { AccountPage } from "@/components/auth/account-page";
import { requireViewer } from "@/lib/auth/viewer";

export const metadata: Metadata = { title: "Your account" };

export default async function PortalAccountPage() {
  return <AccountPage viewer={await requireViewer()} path="/portal/account" />;
}
