"use server";
// Server Actions of the account page's API tokens (every role, their own tokens only).
import { revalidatePath } from "next/cache";
import { getViewer } from "@/lib/auth/viewer";
import type { ActionResult } from "@/lib/domain/action-result";
import { SIGNED_OUT, formOf, nextAttempt, writeAs, type FormState } from "@/lib/domain/form-actions";
import { apiTokenFormValues, type ApiTokenFormInput } from "./schema";
import { createApiToken, revokeApiToken } from "./tokens";

/** Saved, `result` carries the token itself: the one time it is shown. */
export type ApiTokenFormState = FormState<ApiTokenFormInput> & { token?: string };

export async function createApiTokenAction(previous: ApiTokenFormState, input: unknown): Promise<ApiTokenFormState> {
  const form = formOf(input);
  const values = apiTokenFormValues(form);
  const attempt = nextAttempt(previous);
  const viewer = await getViewer();
  if (!viewer) return { result: SIGNED_OUT, values, attempt };
  const result = await createApiToken(viewer, values);
  if (!result.ok) return { result, values, attempt };
  revalidatePath("/", "layout");
  return { result: { ok: true, id: result.id }, values: null, attempt, token: result.token };
}

export async function revokeApiTokenAction(_previous: ActionResult | null, input: unknown): Promise<ActionResult> {
  const form = formOf(input);
  return writeAs((viewer) => revokeApiToken(viewer, String(form.get("id") ?? "")), { path: "/", type: "layout" });
}
