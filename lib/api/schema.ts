// The form that creates a personal access token.
import { z } from "zod";
import { TOKEN_LIFETIMES } from "@/lib/domain/limits";
import { requiredText } from "@/lib/domain/validation";


export const apiTokenSchema = z.object({
  name: requiredText(100, "Name the token after where it is used, e.g. “Power BI dashboard”"),
  days: z.coerce.number().refine((n) => (TOKEN_LIFETIMES as readonly number[]).includes(n), "Choose how long the token lasts"),
});

export type ApiTokenFormInput = { name: string; days: string };

export const apiTokenFormValues = (form: FormData): ApiTokenFormInput => ({ name: String(form.get("name") ?? ""), days: String(form.get("days") ?? "") });
