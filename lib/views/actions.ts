"use server";
// Server Actions for the views bar above each list.
import type { ActionResult } from "@/lib/domain/action-result";
import { formOf, NO_VERSION, writeAs } from "@/lib/domain/form-actions";
import { version } from "@/lib/domain/validation";
import { createView, deleteView, setDefaultView, updateView } from "./mutations";
import { isViewList, VIEW_LISTS } from "./schema";

const text = (form: FormData, name: string) => String(form.get(name) ?? "");
const pageOf = (form: FormData) => ({ path: isViewList(text(form, "list")) ? VIEW_LISTS[text(form, "list") as keyof typeof VIEW_LISTS] : "/" });

export async function saveViewAction(_previous: ActionResult | null, input: unknown): Promise<ActionResult> {
  const form = formOf(input);
  return writeAs((viewer) => createView(viewer, { list: text(form, "list"), name: text(form, "name"), query: text(form, "query"), shared: form.get("shared") === "on" }), pageOf(form));
}

export async function changeViewAction(_previous: ActionResult | null, input: unknown): Promise<ActionResult> {
  const form = formOf(input);
  const readVersion = version.safeParse(form.get("version"));
  if (!readVersion.success) return NO_VERSION;
  const replace = form.get("replaceQuery") === "on";
  return writeAs(
    (viewer) => updateView(viewer, text(form, "id"), readVersion.data, { name: text(form, "name"), shared: form.get("shared") === "on", ...(replace && { query: text(form, "query") }) }),
    pageOf(form),
  );
}

export async function deleteViewAction(_previous: ActionResult | null, input: unknown): Promise<ActionResult> {
  const form = formOf(input);
  return writeAs((viewer) => deleteView(viewer, text(form, "id")), pageOf(form));
}

export async function setDefaultViewAction(_previous: ActionResult | null, input: unknown): Promise<ActionResult> {
  const form = formOf(input);
  return writeAs((viewer) => setDefaultView(viewer, text(form, "list"), text(form, "id") || null), pageOf(form));
}
