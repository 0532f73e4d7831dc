// The header's links: staff see the unit's records by what their role may read; partners their portal.
// `label` is a key of the "nav" messages: the shell translates it.
import { can, type Viewer } from "@/lib/policy";

export interface NavItem {
  href: string;
  label: NavLabel;
}

export type NavLabel = "home" | "dashboard" | "agreements" | "meetings" | "projects" | "partners" | "auditLog" | "users" | "ourAgreements" | "reports" | "calendar" | "pipeline";

export const PORTAL_NAV: NavItem[] = [
  { href: "/portal", label: "ourAgreements" },
  { href: "/portal/reports", label: "reports" },
  { href: "/portal/calendar", label: "calendar" },
];

export function staffNav(viewer: Viewer): NavItem[] {
  return [
    ...(viewer.role !== "MANAGER" ? [{ href: "/home", label: "home" } as const] : []),
    ...(can(viewer, "read", "Dashboard") ? [{ href: "/dashboard", label: "dashboard" } as const] : []),
    { href: "/agreements", label: "agreements" },
    { href: "/meetings", label: "meetings" },
    { href: "/projects", label: "projects" },
    { href: "/partners", label: "partners" },
    ...(can(viewer, "read", "Opportunity") ? [{ href: "/pipeline", label: "pipeline" } as const] : []),
    ...(can(viewer, "read", "AuditLog") ? [{ href: "/audit", label: "auditLog" } as const] : []),
    ...(can(viewer, "read", "User") ? [{ href: "/admin/users", label: "users" } as const] : []),
  ];
}

export const navFor = (viewer: Viewer) => (viewer.role === "PARTNER" ? PORTAL_NAV : staffNav(viewer));
