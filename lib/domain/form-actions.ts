// What every record's Server Actions do (lib/<record>/actions.ts wrap these): take the viewer
// from the session, read the version the form was opened at, call the record's mutation, and
// revalidate or redirect. Refusals go back to the form with what was typed.
import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/viewer";
import type { Viewer } from "@/lib/policy";
import { denied, refused, type ActionResult } from "./action-result";
import { SAVED_COOKIE } from "./saved-notice";
import { version } from "./validation";
import { msg } from "@/lib/i18n/message";

export interface FormState<Values> {
  result: ActionResult | null;
  /** What was submitted, so a refused form shows it again. */
  values: Values | null;
  /** Counts submissions, so the form re-renders with the returned values. */
  attempt: number;
}

/**
 * The form a Server Action was sent. Its arguments come from the browser: a forged request (a form
 * posted without the state a form action takes, a string in the form's place) gets an empty form,
 * which every action refuses field by field, instead of failing the action.
 */
export function formOf(input: unknown): FormData {
  return input instanceof FormData ? input : new FormData();
}

/**
 * The attempt after `previous`'s. The previous state comes from the browser: a forged one (null, a
 * number, an object without a count) starts the count again instead of failing the action.
 */
export function nextAttempt(previous: unknown): number {
  const attempt = (previous as { attempt?: unknown } | null)?.attempt;
  return typeof attempt === "number" && Number.isSafeInteger(attempt) && attempt >= 0 ? attempt + 1 : 1;
}

export const SIGNED_OUT = denied(msg("problems.yourSessionEndedSign"));
export const NO_VERSION = refused(msg("problems.formMissingRecordsVersion"));

/** Creates (no `id` in the form) or updates (with `id` and `version`), then opens the record's page. */
export async function saveRecord<Values>(
  previous: FormState<Values>,
  form: FormData,
  record: {
    values: (form: FormData) => Values;
    create: (viewer: Viewer, values: Values) => Promise<ActionResult>;
    update: (viewer: Viewer, id: string, readVersion: number, values: Values) => Promise<ActionResult>;
    /** The list page, and the record's page under it. */
    path: string;
  },
): Promise<FormState<Values>> {
  const values = record.values(form);
  const attempt = nextAttempt(previous);
  const viewer = await getViewer();
  if (!viewer) return { result: SIGNED_OUT, values, attempt };
  const id = String(form.get("id") ?? "");
  const readVersion = version.safeParse(form.get("version"));
  const result = !id
    ? await record.create(viewer, values)
    : readVersion.success
      ? await record.update(viewer, id, readVersion.data, values)
      : NO_VERSION;
  if (!result.ok) return { result, values, attempt };
  revalidatePath(record.path);
  // Read by the record's page to announce the save; not httpOnly, as the browser clears it.
  (await cookies()).set(SAVED_COOKIE, id ? "updated" : "created", { path: "/", maxAge: 60, sameSite: "strict" });
  redirect(`${record.path}/${result.id}`);
}

/**
 * A write whose form stays on its page (a row added to a record: a commitment, an amendment, a
 * rate): refused, the form shows what was typed; saved, the page at `path(result)` is refreshed
 * and the form starts afresh for the next entry.
 */
export async function saveAndStay<Values, Result extends { id: string }>(
  previous: FormState<Values>,
  values: Values,
  write: (viewer: Viewer) => Promise<ActionResult<Result>>,
  path: (result: Result) => string,
): Promise<FormState<Values>> {
  const attempt = nextAttempt(previous);
  const viewer = await getViewer();
  if (!viewer) return { result: SIGNED_OUT, values, attempt };
  const result = await write(viewer);
  if (!result.ok) return { result, values, attempt };
  revalidatePath(path(result));
  return { result, values: null, attempt };
}

/** A write as the signed-in viewer; `page` is refreshed when it succeeds. */
export async function writeAs<Result extends { id: string }>(
  write: (viewer: Viewer) => Promise<ActionResult<Result>>,
  page: { path: string; type?: "layout" },
): Promise<ActionResult<Result>> {
  const viewer = await getViewer();
  if (!viewer) return SIGNED_OUT;
  const result = await write(viewer);
  if (result.ok) revalidatePath(page.path, page.type);
  return result;
}

/**
 * A one-button write on the record named by the form's `id`, at the `version` the form read, as
 * the signed-in viewer; `page` is refreshed when it succeeds.
 */
export async function writeAtVersion(
  form: FormData,
  write: (viewer: Viewer, id: string, readVersion: number) => Promise<ActionResult>,
  page: { path: string; type?: "layout" },
): Promise<ActionResult> {
  const readVersion = version.safeParse(form.get("version"));
  return writeAs((viewer) => (readVersion.success ? write(viewer, String(form.get("id") ?? ""), readVersion.data) : Promise.resolve(NO_VERSION)), page);
}

/** Archives or restores the record named by the form's `id`, at its `version`. */
export async function archiveRecord(
  form: FormData,
  setArchived: (viewer: Viewer, id: string, readVersion: number, archived: boolean) => Promise<ActionResult>,
): Promise<ActionResult> {
  // The record's page is whichever page holds the button.
  return writeAtVersion(form, (viewer, id, readVersion) => setArchived(viewer, id, readVersion, form.get("archived") === "true"), { path: "/", type: "layout" });
}
