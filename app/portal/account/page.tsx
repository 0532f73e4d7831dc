import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AccountPage } from "@/components/auth/account-page";
import { requireViewer } from "@/lib/auth/viewer";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("title") };
}

export default async function PortalAccountPage() {
  return <AccountPage viewer={await requireViewer()} path="/portal/account" />;
}
