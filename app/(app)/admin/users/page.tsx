import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { ButtonLink } from "@/components/ui/button";
import { Section } from "@/components/ui/section";
import { InviteForm } from "@/components/users/invite-form";
import { requireRecentSecondFactor, requireViewer } from "@/lib/auth/viewer";
import { setting } from "@/lib/settings/settings";
import { organisationChoices } from "@/lib/partners/queries";
import { listUsers } from "@/lib/users/queries";
import { OfficersSecondFactor } from "@/components/users/officers-second-factor";
import { BackupStatus } from "@/components/users/backup-status";
import { backupStatus } from "@/lib/backup/queries";
import { officeChoices } from "@/lib/offices/queries";
import { getTranslations } from "next-intl/server";
import { getFormats } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("users") };
}

export default async function UsersPage() {
  const viewer = await requireViewer();
  const users = await listUsers(viewer);
  if (!users) notFound();
  requireRecentSecondFactor(viewer, "/admin/users");
  const organisations = await organisationChoices();
  const [t, tRoles, f] = await Promise.all([getTranslations("admin.usersPage"), getTranslations("roles"), getFormats()]);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <p className="mt-1 text-sm text-slate-600">
            {t("counts", { active: users.filter((u) => u.active).length, deactivated: users.filter((u) => !u.active).length })}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <ButtonLink variant="secondary" href="/admin/email">
            {t("outbox")}
          </ButtonLink>
          <ButtonLink variant="secondary" href="/admin/offices">
            {t("offices")}
          </ButtonLink>
          <ButtonLink variant="secondary" href="/admin/custom-fields">
            {t("customFields")}
          </ButtonLink>
          <ButtonLink variant="secondary" href="/admin/pipeline">
            {t("pipeline")}
          </ButtonLink>
          <ButtonLink variant="secondary" href="/admin/exchange-rates">
            {t("rates")}
          </ButtonLink>
          <ButtonLink variant="secondary" href="/admin/iati">
            {t("iati")}
          </ButtonLink>
          <ButtonLink variant="secondary" href="/admin/due-diligence">
            {t("diligence")}
          </ButtonLink>
        </div>
      </div>
      <Section title={t("secondFactors")}>
        <OfficersSecondFactor required={await setting("auth.officersNeedSecondFactor")} />
      </Section>
      <Section title={t("backups")}>
        <BackupStatus status={(await backupStatus(viewer))!} />
      </Section>
      <Section title={t("invite")}>
        <InviteForm organisations={organisations} offices={await officeChoices()} />
      </Section>
      <DataTable
        caption={t("title")}
        rows={users}
        rowKey={(u) => u.id}
        empty={t("empty")}
        rowClassName={(u) => (u.active ? "bg-white hover:bg-slate-50" : "bg-slate-50 text-slate-600")}
        columns={[
          {
            label: t("name"),
            cell: (u) => (
              <>
                <Link href={`/admin/users/${u.id}`} className="font-medium text-brand-700 hover:underline">
                  {u.name}
                </Link>
                <div className="text-xs text-slate-600">{u.email}</div>
              </>
            ),
          },
          { label: t("role"), cell: (u) => tRoles(u.role) },
          { label: t("organisation"), cell: (u) => (u.organisation ? (u.organisation.acronym ?? u.organisation.name) : "—") },
          { label: t("lastSignIn"), cell: (u) => (u.lastSignIn ? f.date(u.lastSignIn) : t("never")) },
          {
            label: t("state"),
            cell: (u) => (!u.active ? <Badge tone="grey">{t("deactivated")}</Badge> : !u.hasPassword ? <Badge tone="amber">{t("invited")}</Badge> : <Badge tone="green">{t("active")}</Badge>),
          },
        ]}
      />
    </div>
  );
}
