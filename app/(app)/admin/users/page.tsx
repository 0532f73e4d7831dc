import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { ButtonLink } from "@/components/ui/button";
import { Section } from "@/components/ui/section";
import { InviteForm } from "@/components/users/invite-form";
import { roleLabels } from "@/components/users/role-fields";
import { requireRecentSecondFactor, requireViewer } from "@/lib/auth/viewer";
import { displayDate } from "@/lib/domain/format";
import { setting } from "@/lib/settings/settings";
import { organisationChoices } from "@/lib/partners/queries";
import { listUsers } from "@/lib/users/queries";
import { OfficersSecondFactor } from "@/components/users/officers-second-factor";
import { BackupStatus } from "@/components/users/backup-status";
import { backupStatus } from "@/lib/backup/queries";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const viewer = await requireViewer();
  const users = await listUsers(viewer);
  if (!users) notFound();
  requireRecentSecondFactor(viewer, "/admin/users");
  const organisations = await organisationChoices();
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
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
        </div>
      </div>
      <Section title="Second factors">
        <OfficersSecondFactor required={await setting("auth.officersNeedSecondFactor")} />
      </Section>
      <Section title="Backups">
        <BackupStatus status={(await backupStatus(viewer))!} />
      </Section>
      <Section title="Invite someone">
        <InviteForm organisations={organisations} />
      </Section>
      <DataTable
        caption="Users"
        rows={users}
        rowKey={(u) => u.id}
        empty="No users yet."
        rowClassName={(u) => (u.active ? "bg-white hover:bg-slate-50" : "bg-slate-50 text-slate-600")}
        columns={[
          {
            label: "Name",
            cell: (u) => (
              <>
                <Link href={`/admin/users/${u.id}`} className="font-medium text-brand-700 hover:underline">
                  {u.name}
                </Link>
                <div className="text-xs text-slate-600">{u.email}</div>
              </>
            ),
          },
          { label: "Role", cell: (u) => roleLabels[u.role] },
          { label: "Organisation", cell: (u) => (u.organisation ? (u.organisation.acronym ?? u.organisation.name) : "—") },
          { label: "Last sign-in", cell: (u) => displayDate(u.lastSignIn, "Never") },
          {
            label: "State",
            cell: (u) => (!u.active ? <Badge tone="grey">Deactivated</Badge> : !u.hasPassword ? <Badge tone="amber">Invited</Badge> : <Badge tone="green">Active</Badge>),
          },
        ]}
      />
    </div>
  );
}
