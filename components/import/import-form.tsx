"use client";

import { startTransition, useActionState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FileField } from "@/components/ui/file-field";
import { Section } from "@/components/ui/section";
import { importAction, type ImportState } from "@/lib/import/actions";
import { useSay } from "@/lib/i18n/use-say";

export function ImportForm({ limitMb }: { limitMb: number }) {
  const [state, action, pending] = useActionState<ImportState, FormData>(importAction, null);
  const say = useSay();

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
          <Field label="The file holds" name="kind">
            <select id="kind" name="kind" className={inputClass} defaultValue="organisations">
              <option value="organisations">Partners (organisations)</option>
              <option value="agreements">Agreements</option>
              <option value="funding">Instalments and receipts</option>
            </select>
          </Field>
          <FileField label="File" name="file" limitMb={limitMb} accept=".csv,.xlsx,text/csv" hint={`CSV (UTF-8) or Excel (.xlsx), with column names in the first row; up to ${limitMb} MB.`} className="sm:col-span-2" />
        </div>
        <div className="flex justify-end gap-3">
          <Button type="submit" name="step" value="check" variant="secondary" disabled={pending}>
            Check the file
          </Button>
          <Button type="submit" name="step" value="import" disabled={pending || !preview || preview.invalid > 0}>
            Import
          </Button>
        </div>
        {state && !state.ok && (
          <p role="status" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
            {say(state.message)}
          </p>
        )}
        {state?.ok && state.imported !== undefined && (
          <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
            Imported {state.imported} {state.imported === 1 ? "row" : "rows"}.
          </p>
        )}
      </form>
      {preview && (
        <Section title={preview.invalid ? `${preview.invalid} of ${preview.rows.length} rows need correcting` : `All ${preview.rows.length} rows are ready to import`}>
          <table className="min-w-full text-sm">
            <thead className="text-start text-xs font-semibold tracking-wide text-slate-500 uppercase">
              <tr>
                <th className="py-2 pe-4">Line</th>
                <th className="py-2 pe-4">Row</th>
                <th className="py-2">Problems</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 align-top">
              {preview.rows.map((row) => (
                <tr key={row.line}>
                  <td className="py-2 pe-4 text-slate-500">{row.line}</td>
                  <td className="py-2 pe-4">{row.label || "(empty)"}</td>
                  <td className="py-2">
                    {row.errors.length === 0 ? (
                      <span className="text-emerald-700">Ready</span>
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
