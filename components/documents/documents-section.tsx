import { ArchiveButton } from "@/components/ui/archive-button";
import { Section } from "@/components/ui/section";
import { archiveDocumentAction } from "@/lib/documents/actions";
import type { DocumentRow } from "@/lib/documents/queries";
import { displayDate } from "@/lib/domain/format";
import { UploadForm } from "./upload-form";

function size(bytes: number): string {
  return bytes >= 1048576 ? `${(bytes / 1048576).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** A record's documents; officers also get the upload form and archive buttons. */
export function DocumentsSection({
  documents,
  parent,
  editable,
  maxMb,
  amendments,
}: {
  documents: DocumentRow[];
  parent: { type: "agreement" | "meeting" | "project"; id: string };
  editable: boolean;
  maxMb: number;
  /** An agreement's amendments, for the upload form's "for amendment N". */
  amendments?: { id: string; number: number }[];
}) {
  return (
    <Section title="Documents">
      {editable && <UploadForm parentType={parent.type} parentId={parent.id} maxMb={maxMb} amendments={amendments} />}
      {documents.length === 0 ? (
        <p className="text-sm text-slate-500">No documents.</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {documents.map((d) => (
            <li key={d.id} className="flex flex-wrap items-start justify-between gap-4 py-2 text-sm">
              <span>
                <a href={`/documents/${d.id}`} className="font-medium text-brand-700 hover:underline">
                  {d.filename}
                </a>
                <span className="block text-xs text-slate-500">
                  {size(d.sizeBytes)} · {displayDate(d.createdAt)}
                  {d.uploadedBy && ` · ${d.uploadedBy.name}`}
                  {d.amendment && ` · amendment ${d.amendment.number}`}
                  {editable && (d.sharedWithPartners ? " · shared with partners" : " · internal")}
                </span>
              </span>
              {editable && (
                <span className="flex items-center gap-2">
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
