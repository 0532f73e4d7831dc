import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { buttonClass, ButtonLink } from "@/components/ui/button";
import { Section } from "@/components/ui/section";
import { InviteForm } from "@/components/users/invite-form";
import { roleLabels } from "@/components/users/role-fields";
import { requireRecentSecondFactor, requireViewer } from "@/lib/auth/viewer";
import { displayDate } from "@/lib/domain/format";
import { setting } from "@/lib/settings/settings";
import { listUsers, organisationChoices } from "@/lib/users/queries";
import { OfficersSecondFactor } from "@/components/users/officers-second-factor";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const viewer = await requireViewer();
  const users = await listUsers(viewer);
  if (!users) notFound();
  requireRecentSecondFactor(viewer, "/admin/users");
  const organisations = await organisationChoices();
  return (
    <div className="space-y-6">
      <div className="flex items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">Users</h1>
          <p className="mt-1 text-sm text-slate-600">
            {users.filter((u) => u.active).length} active, {users.filter((u) => !u.active).length} deactivated
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <ButtonLink variant="secondary" href="/admin/email">
            Email outbox
          </ButtonLink>
          <ButtonLink variant="secondary" href="/admin/exchange-rates">
            Exchange rates
          </ButtonLink>
          <ButtonLink variant="secondary" href="/admin/iati">
            IATI publishing
          </ButtonLink>
          <ButtonLink variant="secondary" href="/admin/due-diligence">
            Due diligence
          </ButtonLink>
          {/* A file download, not a page: a plain link, so the browser saves it. */}
          <a href="/admin/backup" className={buttonClass("secondary", "")}>
            Download a backup
          </a>
        </div>
      </div>
      <Section title="Second factors">
        <OfficersSecondFactor required={await setting("auth.officersNeedSecondFactor")} />
      </Section>
      <Section title="Invite someone">
        <InviteForm organisations={organisations} />
      </Section>
      <div className="overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <thead className="bg-slate-50 text-left text-xs font-semibold tracking-wide text-slate-500 uppercase">
            <tr>
              <th scope="col" className="px-4 py-3">Name</th>
              <th scope="col" className="px-4 py-3">Role</th>
              <th scope="col" className="px-4 py-3">Organisation</th>
              <th scope="col" className="px-4 py-3">Last sign-in</th>
              <th scope="col" className="px-4 py-3">State</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {users.map((u) => (
              <tr key={u.id} className={u.active ? "hover:bg-slate-50" : "bg-slate-50 text-slate-500"}>
                <td className="px-4 py-3">
                  <Link href={`/admin/users/${u.id}`} className="font-medium text-brand-700 hover:underline">
                    {u.name}
                  </Link>
                  <div className="text-xs text-slate-500">{u.email}</div>
                </td>
                <td className="px-4 py-3">{roleLabels[u.role]}</td>
                <td className="px-4 py-3">{u.organisation ? (u.organisation.acronym ?? u.organisation.name) : "—"}</td>
                <td className="px-4 py-3 whitespace-nowrap">{displayDate(u.lastSignIn, "Never")}</td>
                <td className="px-4 py-3">
                  {!u.active ? <Badge tone="grey">Deactivated</Badge> : !u.hasPassword ? <Badge tone="amber">Invited</Badge> : <Badge tone="green">Active</Badge>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
