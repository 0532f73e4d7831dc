// The list's filters as a plain GET form: the URL holds the state, so it is shareable and the
// back button works, with or without JavaScript.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { filtersInUse, type AgreementFilters } from "@/lib/agreements/filters";
import type { agreementFilterOptions } from "@/lib/agreements/queries";
import * as codelists from "@/lib/domain/codelists";
import { today } from "@/lib/domain/format";
import { CustomFilters } from "@/components/custom-fields/custom-filters";

type Options = NonNullable<Awaited<ReturnType<typeof agreementFilterOptions>>>;

function Choice({
  name,
  label,
  value,
  choices,
}: {
  name: string;
  label: string;
  value: string | undefined;
  choices: [string, string][];
}) {
  const t = useTranslations("filters");
  return (
    <label className="text-xs font-medium text-slate-600">
      {label}
      <select name={name} defaultValue={value ?? ""} className={`${inputClass} mt-1`}>
        <option value="">{t("any")}</option>
        {choices.map(([key, text]) => (
          <option key={key} value={key}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}


export function AgreementFiltersForm({ filters, options }: { filters: AgreementFilters; options: Options }) {
  const meetingYear = filters.meetingYear ?? today().getUTCFullYear();
  const inUse = filtersInUse(filters);
  const t = useTranslations("filters");
  const tCodes = useTranslations("codes");
  // A code list's choices, labelled in the reader's language.
  const labels = (list: "agreementStatuses" | "instruments" | "modalities" | "organisationKinds"): [string, string][] =>
    Object.keys(codelists[list]).map((code) => [code, tCodes(`${list}.${code}`)]);
  return (
    <form method="get" action="/agreements" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex gap-3">
        <label className="sr-only" htmlFor="q">
          {t("search")}
        </label>
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={filters.q}
          placeholder={t("searchAgreements")}
          className={inputClass}
        />
        <Button type="submit">{t("search")}</Button>
      </div>
      {/* Folded on a phone, where the filters would fill the first screen before any agreement;
          open from sm up where the browser lets CSS open it (globals.css, .filters-fold). */}
      <details className="filters-fold">
        <summary className="cursor-pointer py-1 text-sm font-medium text-brand-700">
          {t("filters", { inUse })}
        </summary>
      <div className="mt-3 grid gap-3 sm:mt-0 sm:grid-cols-4 lg:grid-cols-6">
        <Choice name="status" label={t("status")} value={filters.status} choices={labels("agreementStatuses")} />
        <Choice name="instrument" label={t("instrument")} value={filters.instrument} choices={labels("instruments")} />
        <Choice name="modality" label={t("modality")} value={filters.modality} choices={labels("modalities")} />
        <Choice name="theme" label={t("theme")} value={filters.theme} choices={options.themes.map((theme) => [theme.id, theme.label])} />
        {options.organisations ? (
          <Choice name="partner" label={t("partner")} value={filters.partner} choices={options.organisations.map((o) => [o.id, o.name])} />
        ) : options.partner ? (
          <label className="flex items-end gap-2 pb-2 text-sm text-slate-700">
            <input type="checkbox" name="partner" value={options.partner.id} defaultChecked className="rounded border-slate-300" />
            {t("partnerNamed", { name: options.partner.name })}
          </label>
        ) : null}
        <Choice name="partnerKind" label={t("partnerKind")} value={filters.partnerKind} choices={labels("organisationKinds")} />
        <Choice name="officer" label={t("officer")} value={filters.officer} choices={options.officers.map((o) => [o.id, o.name])} />
        <Choice name="office" label={t("office")} value={filters.office} choices={options.offices.map((o) => [o.id, `${"\u00a0\u00a0".repeat(o.depth)}${o.name}`])} />
        <label className="text-xs font-medium text-slate-600">
          {t("country")}
          <input name="country" defaultValue={filters.country} maxLength={2} placeholder={t("countryExample")} className={`${inputClass} mt-1`} />
        </label>
        <Choice
          name="expiringWithin"
          label={t("expiringWithin")}
          value={filters.expiringWithin?.toString()}
          choices={[...["30", "90", "180"].map((days): [string, string] => [days, t("days", { days })]), ["365", t("aYear")]]}
        />
        <label className="text-xs font-medium text-slate-600">
          {t("expiresFrom")}
          <input type="date" name="expiresFrom" defaultValue={filters.expiresFrom} className={`${inputClass} mt-1`} />
        </label>
        <label className="text-xs font-medium text-slate-600">
          {t("expiresBy")}
          <input type="date" name="expiresTo" defaultValue={filters.expiresTo} className={`${inputClass} mt-1`} />
        </label>
        <label className="text-xs font-medium text-slate-600">
          {t("activeIn")}
          <input type="number" name="activeIn" min={1900} max={2200} defaultValue={filters.activeIn} placeholder={t("yearExample")} className={`${inputClass} mt-1`} />
        </label>
        <Choice
          name="meetingHeld"
          label={t("meetingIn", { year: String(meetingYear) })}
          value={filters.meetingHeld}
          choices={[["1", t("held")], ["0", t("notHeld")]]}
        />
        <input type="hidden" name="meetingYear" value={meetingYear} />
        <label className="flex items-end gap-2 pb-2 text-sm text-slate-700">
          <input type="checkbox" name="meetingOverdue" value="1" defaultChecked={filters.meetingOverdue === "1"} className="rounded border-slate-300" />
          {t("meetingOverdue")}
        </label>
        <label className="flex items-end gap-2 pb-2 text-sm text-slate-700">
          <input type="checkbox" name="instalmentOverdue" value="1" defaultChecked={filters.instalmentOverdue === "1"} className="rounded border-slate-300" />
          {t("instalmentOverdue")}
        </label>
        {filters.instalmentsIn && (
          <label className="flex items-end gap-2 pb-2 text-sm text-slate-700">
            <input type="checkbox" name="instalmentsIn" value={filters.instalmentsIn} defaultChecked className="rounded border-slate-300" />
            {t("instalmentsIn", { year: String(filters.instalmentsIn) })}
          </label>
        )}
        <label className="flex items-end gap-2 pb-2 text-sm text-slate-700">
          <input type="checkbox" name="archived" value="1" defaultChecked={filters.archived === "1"} className="rounded border-slate-300" />
          {t("archivedOnly")}
        </label>
        <CustomFilters fields={options.customFields} query={filters} />
        <input type="hidden" name="sort" value={filters.sort ?? ""} />
        <input type="hidden" name="desc" value={filters.desc ?? ""} />
        <div className="flex items-end gap-2 pb-0.5">
          <Button type="submit" variant="secondary">
            {t("apply")}
          </Button>
          <Link href="/agreements?view=none" className="px-2 py-2 text-sm text-brand-600 hover:underline">
            {t("clear")}
          </Link>
        </div>
      </div>
      </details>
    </form>
  );
}
