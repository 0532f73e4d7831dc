// Custom fields as export columns: one per field the viewer sees, named by its label in the
// reader's language; options by label, several joined with "; ", dates as YYYY-MM-DD, yes/no in words.
import { getLocale, getTranslations } from "next-intl/server";
import type { ExportCell } from "@/lib/domain/table-export";
import type { CustomFieldEntity } from "@/lib/generated/prisma/enums";
import type { Viewer } from "@/lib/policy";
import { visibleCustomFields } from "./queries";
import { asStored, labelIn, plainValue } from "./values";

export async function customExportColumns(viewer: Viewer, entity: CustomFieldEntity) {
  const [fields, locale, t] = await Promise.all([visibleCustomFields(viewer, entity), getLocale(), getTranslations("exports")]);
  return {
    header: fields.map((field) => labelIn(field, locale)),
    cells: (values: unknown): ExportCell[] => {
      const stored = asStored(values);
      return fields.map((field) => {
        const value = plainValue(field, stored[field.key]);
        if (typeof value === "boolean") return value ? t("yes") : t("no");
        return Array.isArray(value) ? value.join("; ") : value;
      });
    },
  };
}
