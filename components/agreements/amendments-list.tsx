// An agreement's amendments, newest first: number, kind, date signed, what it changed, and the
// documents attached to it (as far as the viewer may see them).
import { useTranslations } from "next-intl";
import { Arrow } from "@/components/ui/arrow";
import { useFormats } from "@/lib/i18n/use-formats";
import type { AgreementDetail } from "@/lib/agreements/queries";

// The changes an amendment records that its line shows (their names: "agreements.amendments.<field>").
const FIELDS = ["expiresOn", "contribution"];

export function AmendmentsList({ amendments }: { amendments: AgreementDetail["amendments"] }) {
  const t = useTranslations();
  const f = useFormats();
  if (amendments.length === 0) return <p className="text-sm text-slate-500">{t("agreements.amendments.none")}</p>;
  return (
    <ol className="divide-y divide-slate-100">
      {amendments.map((a) => {
        const changes = Object.entries((a.changes ?? {}) as Record<string, [unknown, unknown]>).filter(([field]) => FIELDS.includes(field));
        return (
          <li key={a.id} className="py-2 text-sm first:pt-0 last:pb-0">
            <p>
              <span className="font-medium">{t("agreements.amendments.title", { number: a.number })}</span> · {t(`codes.amendmentKinds.${a.kind}`)} ·{" "}
              {t("agreements.amendments.signedOn", { date: f.date(a.signedOn) })}
            </p>
            <p className="text-slate-700">{a.summary}</p>
            {changes.map(([field, [before, after]]) => (
              <p key={field} className="text-slate-600">
                {t(`agreements.amendments.${field}`)}: <span className="line-through decoration-slate-400">{f.value(before, t("common.empty"))}</span> <Arrow to="forward" />{" "}
                {f.value(after, t("common.empty"))}
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
