import { useTranslations } from "next-intl";
import { ArchiveButton } from "@/components/ui/archive-button";
import { Section } from "@/components/ui/section";
import { archiveDocumentAction } from "@/lib/documents/actions";
import type { DocumentRow } from "@/lib/documents/queries";
import { useFormats } from "@/lib/i18n/use-formats";
import { ReplaceForm } from "./replace-form";
import { UploadForm } from "./upload-form";
import { MAX_PDF_PAGES } from "@/lib/documents/text/limits";


/** A record's documents; officers also get the upload form and archive buttons. */
export function DocumentsSection({
  documents,
  parent,
  editable,
  maxMb,
  amendments,
}: {
  documents: DocumentRow[];
  parent: { type: "agreement" | "meeting" | "project" | "opportunity"; id: string };
  editable: boolean;
  maxMb: number;
  /** An agreement's amendments, for the upload form's "for amendment N". */
  amendments?: { id: string; number: number }[];
}) {
  const t = useTranslations("documents");
  const f = useFormats();
  const size = (bytes: number) =>
    bytes >= 1048576 ? t("sizeMb", { size: f.number(Math.round(bytes / 104857.6) / 10) }) : t("sizeKb", { size: f.number(Math.max(1, Math.round(bytes / 1024))) });
  return (
    <Section title={t("title")}>
      {editable && <UploadForm parentType={parent.type} parentId={parent.id} maxMb={maxMb} amendments={amendments} />}
      {documents.length === 0 ? (
        <p className="text-sm text-slate-500">{t("none")}</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {documents.map((d) => (
            <li key={d.id} className="flex flex-wrap items-start justify-between gap-4 py-2 text-sm">
              <span>
                <a href={`/documents/${d.id}`} className="font-medium text-brand-700 hover:underline">
                  {d.filename}
                </a>
                <span className="block text-xs text-slate-500">
                  {[
                    size(d.sizeBytes),
                    f.date(d.createdAt),
                    d.uploadedBy?.name,
                    d.amendment && t("amendment", { number: d.amendment.number }),
                    editable && t(d.sharedWithPartners ? "shared" : "internal"),
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </span>
                {/* Whether its words can be searched (read in the background after the upload). */}
                <span className="block text-xs text-slate-500" data-text-state={d.textState}>
                  {d.textState === "FAILED"
                    ? t("text.FAILED", { reason: t(`problems.${d.textProblem ?? "malformed"}`, { max: f.number(MAX_PDF_PAGES) }) })
                    : t(`text.${d.textState}`, { pages: d.textPages ?? 0 })}
                </span>
              </span>
              {editable && (
                <span className="flex flex-wrap items-start gap-3">
                  <ReplaceForm id={d.id} version={d.version} filename={d.filename} maxMb={maxMb} />
                  <ArchiveButton action={archiveDocumentAction} id={d.id} version={d.version} archived={false} noun="document" />
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
