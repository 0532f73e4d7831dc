// The header's links: staff see the unit's records by what their role may read; partners their portal.
import { can, type Viewer } from "@/lib/policy";

export const PORTAL_NAV = [
  { href: "/portal", label: "Our agreements" },
  { href: "/portal/reports", label: "Reports" },
  { href: "/portal/calendar", label: "Calendar" },
];

export function staffNav(viewer: Viewer) {
  return [
    ...(viewer.role !== "MANAGER" ? [{ href: "/home", label: "Home" }] : []),
    ...(can(viewer, "read", "Dashboard") ? [{ href: "/dashboard", label: "Dashboard" }] : []),
    { href: "/agreements", label: "Agreements" },
    { href: "/meetings", label: "Meetings" },
    { href: "/projects", label: "Projects" },
    { href: "/partners", label: "Partners" },
    ...(can(viewer, "read", "AuditLog") ? [{ href: "/audit", label: "Audit log" }] : []),
    ...(can(viewer, "read", "User") ? [{ href: "/admin/users", label: "Users" }] : []),
  ];
}

export const navFor = (viewer: Viewer) => (viewer.role === "PARTNER" ? PORTAL_NAV : staffNav(viewer));
