// The form that creates a personal access token.
import { z } from "zod";
import { TOKEN_LIFETIMES } from "@/lib/domain/limits";
import { requiredText } from "@/lib/domain/validation";


export const apiTokenSchema = z.object({
  name: requiredText(100, "problems.nameToken"),
  days: z.coerce.number().refine((n) => (TOKEN_LIFETIMES as readonly number[]).includes(n), "problems.chooseTokenLifetime"),
});

export type ApiTokenFormInput = { name: string; days: string };

export const apiTokenFormValues = (form: FormData): ApiTokenFormInput => ({ name: String(form.get("name") ?? ""), days: String(form.get("days") ?? "") });
