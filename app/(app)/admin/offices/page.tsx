import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { OfficeForm, type OfficeChoice } from "@/components/offices/office-form";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requireViewer } from "@/lib/auth/viewer";
import { officesForAdministrators } from "@/lib/offices/queries";
import { inTreeOrder, subtreeIds } from "@/lib/offices/tree";
import { OfficersReadAll } from "@/components/offices/officers-read-all";
import { setting } from "@/lib/settings/settings";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.offices"))("title") };
}

export default async function OfficesPage() {
  const viewer = await requireViewer();
  const offices = await officesForAdministrators(viewer);
  if (!offices) notFound();
  const [t, tAdmin] = await Promise.all([getTranslations("admin.offices"), getTranslations("admin")]);
  const tree = inTreeOrder(offices);
  const choices: OfficeChoice[] = tree.map(({ office, depth }) => ({ id: office.id, name: office.name, depth, closed: office.closed }));
  return (
    <div className="space-y-6">
      <PageHeader back={{ href: "/admin/users", label: tAdmin("users") }} title={t("title")}>
        {t("intro")}
      </PageHeader>
      <Section title={t("visibility")}>
        <OfficersReadAll on={await setting("offices.officersReadAllOffices")} />
      </Section>
      <Section title={t("add")}>
        <OfficeForm parents={choices.filter((c) => !c.closed)} />
      </Section>
      <Section title={t("tree")}>
        <ul className="divide-y divide-slate-100">
          {tree.map(({ office, depth }) => {
            const below = new Set(subtreeIds(offices, office.id));
            return (
              <li key={office.id} className="py-2" style={{ paddingInlineStart: `${depth * 1.25}rem` }}>
                <details>
                  <summary className="flex cursor-pointer flex-wrap items-baseline gap-x-3 gap-y-1">
                    <span className="font-medium text-slate-900">{office.name}</span>
                    {office.city && <span className="text-sm text-slate-600">{office.city}</span>}
                    {office.closed && <Badge tone="grey">{t("closed")}</Badge>}
                    <span className="text-xs text-slate-500">{t("records", { agreements: office._count.agreements, staff: office._count.users })}</span>
                    <span className="sr-only">{t("change", { name: office.name })}</span>
                    <span aria-hidden="true" className="ms-auto text-sm text-brand-600">
                      {t("edit")}
                    </span>
                  </summary>
                  <div className="mt-3 rounded-md border border-slate-200 p-3">
                    <OfficeForm office={office} parents={choices.filter((c) => !below.has(c.id))} />
                  </div>
                </details>
              </li>
            );
          })}
        </ul>
      </Section>
    </div>
  );
}
