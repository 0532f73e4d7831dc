import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { notFound } from "next/navigation";
import { SectorForm, Toggle } from "@/components/iati/publishing-forms";
import { Badge } from "@/components/ui/badge";
import { Section } from "@/components/ui/section";
import { requireViewer } from "@/lib/auth/viewer";
import { setAgreementPublishableAction, setDocumentPublicAction, setPublicFileAction } from "@/lib/iati/actions";
import { DAC_SECTORS, publishingOverview } from "@/lib/iati/publishing";
import { appUrl } from "@/lib/mail/outbox";

export const metadata: Metadata = { title: "IATI publishing" };

export default async function IatiPublishingPage() {
  const viewer = await requireViewer();
  const overview = await publishingOverview(viewer);
  if (!overview) notFound();
  const { publicFile, agreements, themes } = overview;
  const publicUrl = appUrl("/iati/public/activities.xml");
  return (
    <div className="space-y-6">
      <PageHeader back={{ href: "/admin/users", label: "Users" }} title="IATI publishing">
          What the organisation publishes to IATI from these records. Staff download the whole portfolio at{" "}
          <a className="text-brand-600 hover:underline" href="/iati/activities.xml">
            /iati/activities.xml
          </a>
          ; the public file holds only the agreements published here, with their projects and the documents made public.
      </PageHeader>

      <Section title="Public file" action={<Toggle action={setPublicFileAction} on={publicFile} subject="the public file" verbs={["Turn on", "Turn off"]} />}>
        {publicFile ? (
          <p className="text-sm text-slate-700">
            <Badge tone="green">On</Badge> Anyone can fetch <span className="font-mono break-all">{publicUrl}</span>: give this address to the IATI Registry.
          </p>
        ) : (
          <p className="text-sm text-slate-700">
            <Badge tone="grey">Off</Badge> The public address answers &ldquo;not found&rdquo;, and so do the public documents.
          </p>
        )}
      </Section>

      <Section title="Agreements">
        {agreements.length === 0 ? (
          <p className="text-sm text-slate-500">No signed agreement yet: only signed agreements can be published.</p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {agreements.map((a) => {
              const documents = [...a.documents, ...a.projects.flatMap((p) => p.documents.map((d) => ({ ...d, filename: `${d.filename} (${p.code})` })))];
              return (
                <li key={a.id} className="py-3">
                  <div className="flex flex-wrap items-center justify-between gap-2">
                    <p className="text-sm">
                      <Link href={`/agreements/${a.id}`} className="font-medium text-brand-600 hover:underline">
                        {a.title}
                      </Link>{" "}
                      <span className="text-slate-600">{a.reference}</span> {a.iatiPublishable ? <Badge tone="green">Published</Badge> : <Badge tone="grey">Not published</Badge>}
                    </p>
                    <Toggle action={setAgreementPublishableAction} id={a.id} on={a.iatiPublishable} subject={a.reference} />
                  </div>
                  {a.iatiPublishable && documents.length > 0 && (
                    <ul className="mt-2 space-y-1 border-s-2 border-slate-100 ps-4" aria-label={`Documents of ${a.reference}`}>
                      {documents.map((d) => (
                        <li key={d.id} className="flex flex-wrap items-center justify-between gap-2 text-sm">
                          <span>
                            {d.filename} {d.iatiPublic ? <Badge tone="green">Public</Badge> : <Badge tone="grey">Internal</Badge>}
                          </span>
                          <Toggle action={setDocumentPublicAction} id={d.id} on={d.iatiPublic} subject={d.filename} />
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </Section>

      <Section title="Themes as DAC sectors">
        <p className="mb-3 max-w-3xl text-sm text-slate-600">
          Each theme stands for an OECD DAC 5-digit purpose code in the file&apos;s <code>sector</code> elements (an activity&apos;s themes share 100%). Leave a code empty to keep the
          theme out of the file.
        </p>
        <datalist id="dac-sectors">
          {Object.entries(DAC_SECTORS).map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </datalist>
        <ul className="divide-y divide-slate-100">
          {themes.map((t) => (
            <li key={t.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
              <span>
                {t.label}
                {t.iatiSector && <span className="block text-xs text-slate-600">{DAC_SECTORS[t.iatiSector] ?? "not in IATI's list"}</span>}
              </span>
              <SectorForm id={t.id} label={t.label} sector={t.iatiSector} />
            </li>
          ))}
        </ul>
      </Section>
    </div>
  );
}
