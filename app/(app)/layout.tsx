import { notFound } from "next/navigation";
import { AppShell } from "@/components/ui/app-shell";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/policy";

// Staff pages. Partners asking for any of them get "not found" (each page checks again through
// its queries: a layout alone is never the check).
export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requireViewer();
  if (viewer.role === "PARTNER") notFound();
  return (
    <AppShell viewer={viewer} nav={[
        { href: "/agreements", label: "Agreements" },
        { href: "/meetings", label: "Meetings" },
        { href: "/projects", label: "Projects" },
        { href: "/partners", label: "Partners" },
        ...(can(viewer, "read", "AuditLog") ? [{ href: "/audit", label: "Audit log" }] : []),
      ]}>
      {children}
    </AppShell>
  );
}
