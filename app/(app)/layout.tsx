import { notFound } from "next/navigation";
import { AppShell } from "@/components/ui/app-shell";
import { requireViewer } from "@/lib/auth/viewer";
import { unreadCount } from "@/lib/notifications/notifications";
import { can } from "@/lib/policy";

// Staff pages. Partners asking for any of them get "not found" (each page checks again through
// its queries: a layout alone is never the check).
export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requireViewer();
  if (viewer.role === "PARTNER") notFound();
  return (
    <AppShell viewer={viewer} unread={await unreadCount(viewer)} nav={[
        ...(viewer.role !== "MANAGER" ? [{ href: "/home", label: "Home" }] : []),
        ...(can(viewer, "read", "Dashboard") ? [{ href: "/dashboard", label: "Dashboard" }] : []),
        { href: "/agreements", label: "Agreements" },
        { href: "/meetings", label: "Meetings" },
        { href: "/projects", label: "Projects" },
        { href: "/partners", label: "Partners" },
        ...(can(viewer, "read", "AuditLog") ? [{ href: "/audit", label: "Audit log" }] : []),
        ...(can(viewer, "read", "User") ? [{ href: "/admin/users", label: "Users" }] : []),
      ]}>
      {children}
    </AppShell>
  );
}
