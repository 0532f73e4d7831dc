import { redirect } from "next/navigation";
import { AppShell } from "@/components/ui/app-shell";
import { requireViewer } from "@/lib/auth/viewer";
import { PORTAL_NAV } from "@/components/ui/navigation";
import { unreadCount } from "@/lib/notifications/notifications";

// The partner portal. Staff have the full record at /agreements.
export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requireViewer();
  if (viewer.role !== "PARTNER") redirect("/agreements");
  return (
    <AppShell viewer={viewer} unread={await unreadCount(viewer)} nav={PORTAL_NAV} search="/portal/search">
      {children}
    </AppShell>
  );
}
