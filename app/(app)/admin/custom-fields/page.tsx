import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { FieldDefinitionForm } from "@/components/custom-fields/field-definition-form";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requireViewer } from "@/lib/auth/viewer";
import { customFieldsForAdministrators } from "@/lib/custom-fields/queries";
import { labelIn } from "@/lib/custom-fields/values";
import { CustomFieldEntity } from "@/lib/generated/prisma/enums";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.customFields"))("title") };
}

export default async function CustomFieldsPage() {
  const viewer = await requireViewer();
  const fields = await customFieldsForAdministrators(viewer);
  if (!fields) notFound();
  const [t, tField, tAdmin, locale] = await Promise.all([getTranslations("admin.customFields"), getTranslations("forms.customField"), getTranslations("admin"), getLocale()]);
  return (
    <div className="space-y-6">
      <PageHeader back={{ href: "/admin/users", label: tAdmin("users") }} title={t("title")}>
        {t("intro")}
      </PageHeader>
      <Section title={t("addTitle")}>
        <FieldDefinitionForm />
      </Section>
      {Object.values(CustomFieldEntity).map((entity) => {
        const ofKind = fields.filter((f) => f.entity === entity);
        return (
          <Section key={entity} title={t(`on.${entity}`)}>
            {ofKind.length === 0 ? (
              <p className="text-sm text-slate-600">{t("none")}</p>
            ) : (
              <ul className="divide-y divide-slate-100">
                {ofKind.map((field) => (
                  <li key={field.id} className="py-2">
                    <details>
                      <summary className="flex cursor-pointer flex-wrap items-baseline gap-x-3 gap-y-1">
                        <span className="font-medium text-slate-900">{labelIn(field, locale)}</span>
                        <span className="text-sm text-slate-600">{tField(`types.${field.type}`)}</span>
                        <code className="text-xs text-slate-500">{field.key}</code>
                        {field.required && <Badge tone="blue">{t("requiredBadge")}</Badge>}
                        {field.partnersSee && <Badge tone="green">{t("partnersBadge")}</Badge>}
                        {field.archived && <Badge tone="grey">{t("archivedBadge")}</Badge>}
                        <span className="sr-only">{t("change", { label: field.label })}</span>
                        <span aria-hidden="true" className="ms-auto text-sm text-brand-600">
                          {t("edit")}
                        </span>
                      </summary>
                      <div className="mt-3 rounded-md border border-slate-200 p-3">
                        <FieldDefinitionForm field={field} />
                      </div>
                    </details>
                  </li>
                ))}
              </ul>
            )}
          </Section>
        );
      })}
    </div>
  );
}
