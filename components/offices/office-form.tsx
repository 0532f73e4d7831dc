"use client";

import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { Refusal } from "@/components/ui/refusal";
import { useRecordForm } from "@/components/ui/use-record-form";
import { saveOfficeAction } from "@/lib/offices/actions";
import { useTranslations } from "next-intl";
import { OfficeSelect } from "./office-select";

export interface OfficeChoice {
  id: string;
  name: string;
  depth: number;
  closed: boolean;
}

export interface OfficeRecord {
  id: string;
  version: number;
  name: string;
  city: string | null;
  parentId: string | null;
  closed: boolean;
}

/**
 * Adds an office, or (given `office`) renames, moves, closes or reopens it. `parents` are the
 * offices it may answer to, in tree order (for a change: not the office itself nor those below it).
 */
export function OfficeForm({ office, parents }: { office?: OfficeRecord; parents: OfficeChoice[] }) {
  const { state, formAction, pending, errors, clientErrors, onSubmit, onFocus } = useRecordForm(saveOfficeAction, () =>
    import("@/lib/offices/schema").then((m) => ({ schema: m.officeSchema, read: m.officeFormValues })),
  );
  const t = useTranslations("forms.office");
  const tCommon = useTranslations("common");
  const values = state.values ?? { name: office?.name ?? "", city: office?.city ?? "", parentId: office?.parentId ?? "", closed: office?.closed ?? false };
  const id = (name: string) => `${name}-${office?.id ?? "new"}`;
  return (
    <form action={formAction} onSubmit={onSubmit} onFocus={onFocus} noValidate className="space-y-4" key={state.attempt}>
      {office && <input type="hidden" name="id" value={office.id} />}
      {office && <input type="hidden" name="version" value={office.version} />}
      <Refusal result={state.result} clientErrors={clientErrors} />
      {state.result?.ok && office && (
        <p role="status" className="text-sm text-emerald-700">
          {t("saved")}
        </p>
      )}
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label={t("name")} name={id("name")} error={errors.name}>
          <input id={id("name")} name="name" maxLength={200} defaultValue={values.name} className={inputClass} aria-invalid={!!errors.name} />
        </Field>
        <Field label={t("city")} name={id("city")} error={errors.city}>
          <input id={id("city")} name="city" maxLength={100} defaultValue={values.city ?? ""} className={inputClass} aria-invalid={!!errors.city} />
        </Field>
        <Field label={t("parent")} name={id("parentId")} error={errors.parentId}>
          <OfficeSelect id={id("parentId")} name="parentId" offices={parents} value={values.parentId ?? ""} current={office?.parentId} empty={t("top")} invalid={!!errors.parentId} />
        </Field>
      </div>
      <div className="flex flex-wrap items-center justify-between gap-3">
        {office ? (
          <label className="flex items-center gap-2 text-sm text-slate-700">
            <input type="checkbox" name="closed" defaultChecked={values.closed} className="size-4" />
            {t("closed")}
          </label>
        ) : (
          <span />
        )}
        <Button type="submit" disabled={pending}>
          {pending ? tCommon("saving") : office ? t("save") : t("add")}
        </Button>
      </div>
    </form>
  );
}
