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
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.iati"))("title") };
}

export default async function IatiPublishingPage() {
  const viewer = await requireViewer();
  const overview = await publishingOverview(viewer);
  if (!overview) notFound();
  const { publicFile, agreements, themes } = overview;
  const publicUrl = appUrl("/iati/public/activities.xml");
  const [t, tAdmin, tForms] = await Promise.all([getTranslations("admin.iati"), getTranslations("admin"), getTranslations("forms.admin")]);
  return (
    <div className="space-y-6">
      <PageHeader back={{ href: "/admin/users", label: tAdmin("users") }} title={t("title")}>
        {t.rich("intro", {
          link: (chunks) => (
            <a className="text-brand-600 hover:underline" href="/iati/activities.xml">
              {chunks}
            </a>
          ),
        })}
      </PageHeader>

      <Section title={t("publicFile")} action={<Toggle action={setPublicFileAction} on={publicFile} subject={t("thePublicFile")} verbs={[tForms("turnOn"), tForms("turnOff")]} />}>
        {publicFile ? (
          <p className="text-sm text-slate-700">
            <Badge tone="green">{t("on")}</Badge> {t.rich("onText", { url: publicUrl, address: (chunks) => <span className="font-mono break-all">{chunks}</span> })}
          </p>
        ) : (
          <p className="text-sm text-slate-700">
            <Badge tone="grey">{t("off")}</Badge> {t("offText")}
          </p>
        )}
      </Section>

      <Section title={t("agreements")}>
        {agreements.length === 0 ? (
          <p className="text-sm text-slate-500">{t("noAgreements")}</p>
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
                      <span className="text-slate-600">{a.reference}</span> {a.iatiPublishable ? <Badge tone="green">{t("published")}</Badge> : <Badge tone="grey">{t("notPublished")}</Badge>}
                    </p>
                    <Toggle action={setAgreementPublishableAction} id={a.id} on={a.iatiPublishable} subject={a.reference} />
                  </div>
                  {a.iatiPublishable && documents.length > 0 && (
                    <ul className="mt-2 space-y-1 border-s-2 border-slate-100 ps-4" aria-label={t("documentsOf", { reference: a.reference })}>
                      {documents.map((d) => (
                        <li key={d.id} className="flex flex-wrap items-center justify-between gap-2 text-sm">
                          <span>
                            {d.filename} {d.iatiPublic ? <Badge tone="green">{t("public")}</Badge> : <Badge tone="grey">{t("internal")}</Badge>}
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

      <Section title={t("themes")}>
        <p className="mb-3 max-w-3xl text-sm text-slate-600">
          {t.rich("themesText", { code: (chunks) => <code>{chunks}</code> })}
        </p>
        <datalist id="dac-sectors">
          {Object.entries(DAC_SECTORS).map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </datalist>
        <ul className="divide-y divide-slate-100">
          {themes.map((theme) => (
            <li key={theme.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
              <span>
                {theme.label}
                {theme.iatiSector && <span className="block text-xs text-slate-600">{DAC_SECTORS[theme.iatiSector] ?? t("notInList")}</span>}
              </span>
              <SectorForm id={theme.id} label={theme.label} sector={theme.iatiSector} />
            </li>
          ))}
        </ul>
      </Section>
    </div>
  );
}
