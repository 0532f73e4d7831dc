// The list's filters as a plain GET form: the URL holds the state, so it is shareable and the
// back button works, with or without JavaScript.
import Link from "next/link";
import { inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { filtersInUse, type AgreementFilters } from "@/lib/agreements/filters";
import type { agreementFilterOptions } from "@/lib/agreements/queries";
import { agreementStatuses, instruments, modalities, organisationKinds } from "@/lib/domain/codelists";
import { today } from "@/lib/domain/format";

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
  return (
    <label className="text-xs font-medium text-slate-600">
      {label}
      <select name={name} defaultValue={value ?? ""} className={`${inputClass} mt-1`}>
        <option value="">Any</option>
        {choices.map(([key, text]) => (
          <option key={key} value={key}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

const labels = (entries: Record<string, { label: string }>): [string, string][] =>
  Object.entries(entries).map(([key, entry]) => [key, entry.label]);

export function AgreementFiltersForm({ filters, options }: { filters: AgreementFilters; options: Options }) {
  const meetingYear = filters.meetingYear ?? today().getUTCFullYear();
  const inUse = filtersInUse(filters);
  return (
    <form method="get" action="/agreements" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex gap-3">
        <label className="sr-only" htmlFor="q">
          Search
        </label>
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={filters.q}
          placeholder="Search titles, references, summaries and partners"
          className={inputClass}
        />
        <Button type="submit">Search</Button>
      </div>
      {/* Folded on a phone, where the filters would fill the first screen before any agreement;
          open from sm up where the browser lets CSS open it (globals.css, .filters-fold). */}
      <details className="filters-fold">
        <summary className="cursor-pointer py-1 text-sm font-medium text-brand-700">
          Filters{inUse > 0 && ` (${inUse} in use)`}
        </summary>
      <div className="mt-3 grid gap-3 sm:mt-0 sm:grid-cols-4 lg:grid-cols-6">
        <Choice name="status" label="Status" value={filters.status} choices={labels(agreementStatuses)} />
        <Choice name="instrument" label="Instrument" value={filters.instrument} choices={labels(instruments)} />
        <Choice name="modality" label="Modality" value={filters.modality} choices={labels(modalities)} />
        <Choice name="theme" label="Theme" value={filters.theme} choices={options.themes.map((t) => [t.id, t.label])} />
        {options.organisations ? (
          <Choice name="partner" label="Partner" value={filters.partner} choices={options.organisations.map((o) => [o.id, o.name])} />
        ) : options.partner ? (
          <label className="flex items-end gap-2 pb-2 text-sm text-slate-700">
            <input type="checkbox" name="partner" value={options.partner.id} defaultChecked className="rounded border-slate-300" />
            Partner: {options.partner.name}
          </label>
        ) : null}
        <Choice name="partnerKind" label="Partner kind" value={filters.partnerKind} choices={labels(organisationKinds)} />
        <Choice name="officer" label="Officer" value={filters.officer} choices={options.officers.map((o) => [o.id, o.name])} />
        <label className="text-xs font-medium text-slate-600">
          Country (ISO code)
          <input name="country" defaultValue={filters.country} maxLength={2} placeholder="e.g. VN" className={`${inputClass} mt-1`} />
        </label>
        <Choice
          name="expiringWithin"
          label="Expiring within"
          value={filters.expiringWithin?.toString()}
          choices={[["30", "30 days"], ["90", "90 days"], ["180", "180 days"], ["365", "a year"]]}
        />
        <label className="text-xs font-medium text-slate-600">
          Expires from
          <input type="date" name="expiresFrom" defaultValue={filters.expiresFrom} className={`${inputClass} mt-1`} />
        </label>
        <label className="text-xs font-medium text-slate-600">
          Expires by
          <input type="date" name="expiresTo" defaultValue={filters.expiresTo} className={`${inputClass} mt-1`} />
        </label>
        <label className="text-xs font-medium text-slate-600">
          In force during (year)
          <input type="number" name="activeIn" min={1900} max={2200} defaultValue={filters.activeIn} placeholder="e.g. 2026" className={`${inputClass} mt-1`} />
        </label>
        <Choice
          name="meetingHeld"
          label={`Yearly meeting in ${meetingYear}`}
          value={filters.meetingHeld}
          choices={[["1", "Held"], ["0", "Not held yet"]]}
        />
        <input type="hidden" name="meetingYear" value={meetingYear} />
        <label className="flex items-end gap-2 pb-2 text-sm text-slate-700">
          <input type="checkbox" name="meetingOverdue" value="1" defaultChecked={filters.meetingOverdue === "1"} className="rounded border-slate-300" />
          Yearly meeting overdue
        </label>
        <label className="flex items-end gap-2 pb-2 text-sm text-slate-700">
          <input type="checkbox" name="instalmentOverdue" value="1" defaultChecked={filters.instalmentOverdue === "1"} className="rounded border-slate-300" />
          Instalment overdue
        </label>
        <label className="flex items-end gap-2 pb-2 text-sm text-slate-700">
          <input type="checkbox" name="archived" value="1" defaultChecked={filters.archived === "1"} className="rounded border-slate-300" />
          Archived only
        </label>
        <input type="hidden" name="sort" value={filters.sort ?? ""} />
        <input type="hidden" name="desc" value={filters.desc ?? ""} />
        <div className="flex items-end gap-2 pb-0.5">
          <Button type="submit" variant="secondary">
            Apply
          </Button>
          <Link href="/agreements" className="px-2 py-2 text-sm text-brand-600 hover:underline">
            Clear
          </Link>
        </div>
      </div>
      </details>
    </form>
  );
}
