import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ImportForm } from "@/components/import/import-form";
import { requireViewer } from "@/lib/auth/viewer";
import { COLUMNS } from "@/lib/import/import";
import { visibleCustomFields } from "@/lib/custom-fields/queries";
import { labelIn, type FieldDefinition } from "@/lib/custom-fields/values";
import { appEnv } from "@/lib/env";
import { can } from "@/lib/policy";
import { getFormats } from "@/lib/i18n/server";
import { getLocale, getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("imports"))("title") };
}

export default async function ImportPage() {
  const viewer = await requireViewer();
  const t = await getTranslations("imports");
  const [tColumn, f, locale, partnerFields, agreementFields] = await Promise.all([
    getTranslations("forms.importColumns"),
    getFormats(),
    getLocale(),
    visibleCustomFields(viewer, "ORGANISATION"),
    visibleCustomFields(viewer, "AGREEMENT"),
  ]);
  const strong = (chunks: React.ReactNode) => <span className="font-medium text-slate-800">{chunks}</span>;
  if (!can(viewer, "create", "Agreement") || !can(viewer, "create", "Organisation")) notFound();
  // The unit's own fields too (lib/custom-fields/import.ts), named as its forms name them.
  const custom = (fields: FieldDefinition[]) => fields.map((field) => `${labelIn(field, locale)}${field.required ? " *" : ""}`);
  const columns = (kind: keyof typeof COLUMNS) => [
    ...Object.entries(COLUMNS[kind] as Record<string, { required?: boolean }>).map(([field, c]) => `${tColumn(field)}${c.required ? " *" : ""}`),
    ...(kind === "organisations" ? custom(partnerFields) : kind === "agreements" ? custom(agreementFields) : []),
  ];
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("heading")}</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">{t("intro")}</p>
      </div>
      <div className="grid gap-4 text-sm text-slate-600 sm:grid-cols-2">
        <p>{t.rich("partnerColumns", { strong, columns: f.list(columns("organisations")) })}</p>
        <p>{t.rich("agreementColumns", { strong, columns: f.list(columns("agreements")) })}</p>
        <p className="sm:col-span-2">{t.rich("fundingColumns", { strong, columns: f.list(columns("funding")) })}</p>
      </div>
      <ImportForm limitMb={appEnv().DOCUMENT_MAX_MB} />
    </div>
  );
}
