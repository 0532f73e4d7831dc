"use client";

import { startTransition, useActionState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FileField } from "@/components/ui/file-field";
import { Section } from "@/components/ui/section";
import { importAction, type ImportState } from "@/lib/import/actions";
import { useSay } from "@/lib/i18n/use-say";
import { useTranslations } from "next-intl";

export function ImportForm({ limitMb }: { limitMb: number }) {
  const [state, action, pending] = useActionState<ImportState, FormData>(importAction, null);
  const say = useSay();
  const t = useTranslations("forms.import");

  // Submitted by hand so the form keeps its file between "Check" and "Import".
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    form.set("step", submitter?.value ?? "check");
    startTransition(() => action(form));
  }

  const preview = state?.ok ? state.preview : undefined;
  return (
    <div className="space-y-6">
      <form onSubmit={onSubmit} className="space-y-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <div className="grid gap-4 sm:grid-cols-3">
          <Field label={t("holds")} name="kind">
            <select id="kind" name="kind" className={inputClass} defaultValue="organisations">
              <option value="organisations">{t("kinds.organisations")}</option>
              <option value="agreements">{t("kinds.agreements")}</option>
              <option value="funding">{t("kinds.funding")}</option>
            </select>
          </Field>
          <FileField label={t("file")} name="file" limitMb={limitMb} accept=".csv,.xlsx,text/csv" hint={t("fileHint", { max: limitMb })} className="sm:col-span-2" />
        </div>
        <div className="flex justify-end gap-3">
          <Button type="submit" name="step" value="check" variant="secondary" disabled={pending}>
            {t("check")}
          </Button>
          <Button type="submit" name="step" value="import" disabled={pending || !preview || preview.invalid > 0}>
            {t("import")}
          </Button>
        </div>
        {state && !state.ok && (
          <p role="status" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
            {say(state.message)}
          </p>
        )}
        {state?.ok && state.imported !== undefined && (
          <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
            {t("imported", { n: state.imported })}
          </p>
        )}
      </form>
      {preview && (
        <Section title={preview.invalid ? t("needCorrecting", { invalid: preview.invalid, total: preview.rows.length }) : t("allReady", { total: preview.rows.length })}>
          <table className="min-w-full text-sm">
            <thead className="text-start text-xs font-semibold tracking-wide text-slate-500 uppercase">
              <tr>
                <th className="py-2 pe-4">{t("line")}</th>
                <th className="py-2 pe-4">{t("row")}</th>
                <th className="py-2">{t("problems")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 align-top">
              {preview.rows.map((row) => (
                <tr key={row.line}>
                  <td className="py-2 pe-4 text-slate-500">{row.line}</td>
                  <td className="py-2 pe-4">{row.label || t("empty")}</td>
                  <td className="py-2">
                    {row.errors.length === 0 ? (
                      <span className="text-emerald-700">{t("ready")}</span>
                    ) : (
                      <ul className="space-y-0.5 text-red-700">
                        {row.errors.map((error, i) => (
                          <li key={i}>{say(error)}</li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Section>
      )}
    </div>
  );
}
