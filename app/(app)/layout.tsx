import { notFound } from "next/navigation";
import { AppShell } from "@/components/ui/app-shell";
import { requireViewer } from "@/lib/auth/viewer";
import { staffNav } from "@/components/ui/navigation";
import { unreadCount } from "@/lib/notifications/notifications";

// Staff pages. Partners asking for any of them get "not found" (each page checks again through
// its queries: a layout alone is never the check).
export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requireViewer();
  if (viewer.role === "PARTNER") notFound();
  return (
    <AppShell viewer={viewer} unread={await unreadCount(viewer)} nav={staffNav(viewer)} search="/search">
      {children}
    </AppShell>
  );
}
