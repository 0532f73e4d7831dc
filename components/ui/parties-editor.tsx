"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { Section } from "@/components/ui/section";
import type { PartyRole } from "@/lib/generated/prisma/enums";
import { CodeOptions } from "@/components/ui/code-options";
import type { FieldErrors } from "@/lib/domain/action-result";
import { useSay } from "@/lib/i18n/use-say";

/** Rows of organisation + role, posted as partyOrganisationId / partyRole pairs. */
export function PartiesEditor({
  organisations,
  initial,
  errors,
  kind = "parties",
  path = "parties",
}: {
  organisations: { id: string; name: string; acronym: string | null }[];
  initial: { organisationId: string; role: PartyRole }[];
  errors: FieldErrors;
  /** What the rows are: an agreement's parties ("Party 1") or a project's partners ("Partner 2"). */
  kind?: "parties" | "partners";
  /** Where the schema reports the rows' errors. */
  path?: string;
}) {
  const t = useTranslations("forms.rows");
  const tForms = useTranslations("forms");
  const say = useSay();
  const [rows, setRows] = useState(() => initial.map((p, i) => ({ ...p, key: i })));
  const [nextKey, setNextKey] = useState(initial.length);
  // A row added from the keyboard takes the focus, so its organisation is the next thing chosen.
  const [added, setAdded] = useState<number | null>(null);
  return (
    <Section title={t(`${kind}.title`)}>
      {errors[path] && <p className="mb-3 text-sm text-red-700">{say(errors[path])}</p>}
      <div className="space-y-3">
        {rows.map((row, i) => (
          <div key={row.key} className="grid gap-3 sm:grid-cols-[1fr_14rem_auto] sm:items-start">
            <Field label={t(`${kind}.row`, { n: i + 1 })} name={`party-${i}`} error={errors[`${path}.${i}.organisationId`]}>
              <select id={`party-${i}`} name="partyOrganisationId" defaultValue={row.organisationId} className={inputClass} autoFocus={row.key === added}>
                <option value="">{t("chooseOrganisation")}</option>
                {organisations.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                    {o.acronym ? ` (${o.acronym})` : ""}
                  </option>
                ))}
              </select>
            </Field>
            <Field label={t(`${kind}.role`, { n: i + 1 })} name={`party-role-${i}`} error={errors[`${path}.${i}.role`]}>
              <select id={`party-role-${i}`} name="partyRole" defaultValue={row.role} className={inputClass}>
                <CodeOptions list="partyRoles" />
              </select>
            </Field>
            <Button variant="secondary" className="sm:mt-6" onClick={() => setRows(rows.filter((r) => r.key !== row.key))} aria-label={t(`${kind}.remove`, { n: i + 1 })}>
              {tForms("remove")}
            </Button>
          </div>
        ))}
      </div>
      <Button
        variant="secondary"
        className="mt-4"
        onClick={() => {
          setRows([...rows, { organisationId: "", role: "SIGNATORY", key: nextKey }]);
          setAdded(nextKey);
          setNextKey(nextKey + 1);
        }}
      >
        {t(`${kind}.add`)}
      </Button>
    </Section>
  );
}
