// An agreement's amendments, newest first: number, kind, date signed, what it changed, and the
// documents attached to it (as far as the viewer may see them).
import { amendmentKinds } from "@/lib/domain/codelists";
import { displayDate, displayValue } from "@/lib/domain/format";
import type { AgreementDetail } from "@/lib/agreements/queries";

const FIELDS: Record<string, string> = { expiresOn: "Expiry", contribution: "Contribution" };

export function AmendmentsList({ amendments }: { amendments: AgreementDetail["amendments"] }) {
  if (amendments.length === 0) return <p className="text-sm text-slate-500">Not amended.</p>;
  return (
    <ol className="divide-y divide-slate-100">
      {amendments.map((a) => {
        const changes = Object.entries((a.changes ?? {}) as Record<string, [unknown, unknown]>).filter(([field]) => field in FIELDS);
        return (
          <li key={a.id} className="py-2 text-sm first:pt-0 last:pb-0">
            <p>
              <span className="font-medium">Amendment {a.number}</span> · {amendmentKinds[a.kind].label} · signed {displayDate(a.signedOn)}
            </p>
            <p className="text-slate-700">{a.summary}</p>
            {changes.map(([field, [before, after]]) => (
              <p key={field} className="text-slate-600">
                {FIELDS[field]}: <span className="line-through decoration-slate-400">{displayValue(before)}</span> → {displayValue(after)}
              </p>
            ))}
            {a.documents.map((d) => (
              <a key={d.id} href={`/documents/${d.id}`} className="me-3 text-brand-700 hover:underline">
                {d.filename}
              </a>
            ))}
          </li>
        );
      })}
    </ol>
  );
}
