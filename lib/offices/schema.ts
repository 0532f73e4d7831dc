// The office form: a name, the city it sits in, the office it answers to, open or closed.
import { z } from "zod";
import { optionalText, requiredText } from "@/lib/domain/validation";

export const officeSchema = z.object({
  name: requiredText(200, "problems.giveOfficeName"),
  city: optionalText(100),
  parentId: z.string().trim().transform((v) => v || null),
  closed: z.boolean(),
});

export type OfficeInput = z.infer<typeof officeSchema>;
export type OfficeFormValues = z.input<typeof officeSchema>;

export function officeFormValues(form: FormData): OfficeFormValues {
  const text = (name: string) => String(form.get(name) ?? "");
  return { name: text("name"), city: text("city"), parentId: text("parentId"), closed: form.get("closed") === "on" };
}
