import type { Column } from "@/components/ui/data-table";
import { asStored, labelIn, type FieldDefinition } from "@/lib/custom-fields/values";
import { CustomValue } from "./custom-facts";

/** The list's columns for the custom fields a person chose to show (`show`), in the administrators' order. */
export function customColumns<Row extends { customValues: unknown }>(fields: readonly FieldDefinition[], show: readonly string[] | undefined, locale: string): Column<Row>[] {
  if (!show?.length) return [];
  return fields
    .filter((field) => !field.archived && show.includes(field.key))
    .map((field) => ({
      label: labelIn(field, locale),
      numeric: field.type === "NUMBER",
      wrap: field.type === "LONG_TEXT" || field.type === "SEVERAL_OF",
      cell: (row: Row) => <CustomValue field={field} value={asStored(row.customValues)[field.key]} />,
    }));
}
