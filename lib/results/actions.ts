"use server";
// Server Actions for the results framework's forms on the project page. Each takes the viewer from
// the session; after a save the form comes back empty and the page shows the new row.
import type { ActionResult } from "@/lib/domain/action-result";
import { archiveRecord, formOf, saveAndStay, type FormState } from "@/lib/domain/form-actions";
import { createIndicator, createResult, setIndicatorArchived, setIndicatorPeriod, setResultArchived } from "./mutations";
import { indicatorFormValues, periodFormValues, resultFormValues, type IndicatorFormValues, type PeriodFormValues, type ResultFormValues } from "./schema";

const projectPage = (result: { id: string }) => `/projects/${result.id}`;

export async function saveResultAction(previous: FormState<ResultFormValues>, input: unknown): Promise<FormState<ResultFormValues>> {
  const form = formOf(input);
  const values = resultFormValues(form);
  return saveAndStay(previous, values, (viewer) => createResult(viewer, String(form.get("projectId") ?? ""), values), projectPage);
}

export async function saveIndicatorAction(previous: FormState<IndicatorFormValues>, input: unknown): Promise<FormState<IndicatorFormValues>> {
  const form = formOf(input);
  const values = indicatorFormValues(form);
  return saveAndStay(previous, values, (viewer) => createIndicator(viewer, values), projectPage);
}

export async function savePeriodAction(previous: FormState<PeriodFormValues>, input: unknown): Promise<FormState<PeriodFormValues>> {
  const form = formOf(input);
  const values = periodFormValues(form);
  return saveAndStay(previous, values, (viewer) => setIndicatorPeriod(viewer, values), projectPage);
}

export async function archiveResultAction(_previous: ActionResult | null, input: unknown): Promise<ActionResult> {
  const form = formOf(input);
  return archiveRecord(form, setResultArchived);
}

export async function archiveIndicatorAction(_previous: ActionResult | null, input: unknown): Promise<ActionResult> {
  const form = formOf(input);
  return archiveRecord(form, setIndicatorArchived);
}
