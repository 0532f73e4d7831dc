import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { notFound } from "next/navigation";
import { SanctionsImportForm } from "@/components/diligence/sanctions-import-form";
import { ActionForm, ActionLink } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { Section } from "@/components/ui/section";
import { requireViewer } from "@/lib/auth/viewer";
import { addSourceAction, removeSourceAction, setValidityAction } from "@/lib/diligence/actions";
import { diligenceSetup } from "@/lib/diligence/queries";
import { displayDate } from "@/lib/domain/format";
import { appEnv } from "@/lib/env";
import { MATCH_THRESHOLD } from "@/lib/sanctions/screen";

export const metadata: Metadata = { title: "Due diligence setup" };

export default async function DueDiligenceSetupPage() {
  const viewer = await requireViewer();
  const setup = await diligenceSetup(viewer);
  if (!setup) notFound();
  return (
    <div className="space-y-6">
      <PageHeader back={{ href: "/admin/users", label: "Users" }} title="Due diligence setup">
          The checklist officers tick when they assess a partner, how long an assessment lasts, and the UN sanctions list partners are screened against.
      </PageHeader>

      <Section title="UN Security Council Consolidated List">
        <p className="mb-3 max-w-3xl text-sm text-slate-600">
          {setup.latest
            ? `Last imported ${displayDate(setup.latest.importedAt)} by ${setup.latest.importedBy?.name ?? "someone no longer here"} (${setup.latest.filename}${setup.latest.generatedOn ? `, generated ${displayDate(setup.latest.generatedOn)}` : ""}): ${setup.listed} entities listed, ${setup.toReview} possible matches waiting for a decision.`
            : "No list imported yet: partners are not screened."}{" "}
          Every partner&apos;s name, acronym and former names are compared with each entity&apos;s name and aliases, ignoring case, accents and punctuation; a trigram
          similarity of {MATCH_THRESHOLD * 100}% or more is a possible match for an officer to mark.
        </p>
        <SanctionsImportForm limitMb={appEnv().DOCUMENT_MAX_MB} />
      </Section>

      <div className="grid gap-6 lg:grid-cols-2">
        <Section title="Checklist of sources">
          <ul className="mb-3 divide-y divide-slate-100" aria-label="Sources">
            {setup.sources.map((s) => (
              <li key={s.id} className="flex flex-wrap items-center justify-between gap-3 py-2 text-sm">
                {s.label}
                <ActionLink action={removeSourceAction} id={s.id}>
                  Remove<span className="sr-only"> {s.label}</span>
                </ActionLink>
              </li>
            ))}
          </ul>
          <ActionForm action={addSourceAction} className="flex items-end gap-2">
            <label className="flex-1 text-sm font-medium text-slate-700">
              New source
              <input name="label" maxLength={200} className={`${inputClass} mt-1`} />
            </label>
            <Button type="submit" variant="secondary">
              Add
            </Button>
          </ActionForm>
        </Section>
        <Section title="Validity">
          <ActionForm action={setValidityAction} className="flex items-end gap-2">
            <label className="text-sm font-medium text-slate-700">
              An assessment lasts (years)
              <span className="mt-1 block w-24">
                <input name="years" inputMode="numeric" defaultValue={setup.validityYears} className={inputClass} />
              </span>
            </label>
            <Button type="submit" variant="secondary">
              Save
            </Button>
          </ActionForm>
          <p className="mt-2 text-sm text-slate-600">Unless the assessor sets another end. Reminders start 90 days before it.</p>
        </Section>
      </div>
    </div>
  );
}
