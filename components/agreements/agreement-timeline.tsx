// The agreement's life on one line: signature, start, meetings, amendments, status changes,
// renewal, expiry.
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { AgreementDetail } from "@/lib/agreements/queries";
import type { activityOf } from "@/lib/audit/queries";
import { useFormats } from "@/lib/i18n/use-formats";
import type { AgreementStatus } from "@/lib/generated/prisma/enums";

interface Moment {
  on: Date;
  text: React.ReactNode;
  key: string;
}

export function AgreementTimeline({
  agreement,
  events = [],
  basePath,
  meetingBasePath,
  today,
}: {
  agreement: AgreementDetail;
  /** The audit trail, for status changes (staff only). */
  events?: Awaited<ReturnType<typeof activityOf>>;
  basePath: string;
  meetingBasePath: string;
  today: Date;
}) {
  const t = useTranslations();
  const f = useFormats();
  const moments: Moment[] = [];
  if (agreement.signedOn) moments.push({ on: agreement.signedOn, key: "signed", text: t("agreements.timeline.signed") });
  if (agreement.effectiveOn && agreement.effectiveOn.getTime() !== agreement.signedOn?.getTime()) {
    moments.push({ on: agreement.effectiveOn, key: "effective", text: t("agreements.timeline.tookEffect") });
  }
  for (const m of agreement.meetings) {
    moments.push({
      on: m.heldOn,
      key: `meeting-${m.id}`,
      text: (
        <>
          <Link href={`${meetingBasePath}/${m.id}`} className="text-brand-700 hover:underline">
            {m.title}
          </Link>{" "}
          <span className="text-slate-500">({t(`codes.meetingStatuses.${m.status}`).toLocaleLowerCase(f.locale)})</span>
        </>
      ),
    });
  }
  for (const e of events) {
    const status = (e.changes as Record<string, [AgreementStatus | null, AgreementStatus]> | null)?.status;
    if (e.action === "update" && status) {
      moments.push({
        on: e.at,
        key: `status-${e.id}`,
        text: t("agreements.timeline.statusChanged", {
          from: (status[0] ? t(`codes.agreementStatuses.${status[0]}`) : t("agreements.timeline.noStatus")).toLocaleLowerCase(f.locale),
          to: t(`codes.agreementStatuses.${status[1]}`).toLocaleLowerCase(f.locale),
          actor: e.actor?.name ?? "none",
        }),
      });
    }
  }
  for (const a of agreement.amendments) {
    const extendedTo = (a.changes as { expiresOn?: [string | null, string] } | null)?.expiresOn?.[1];
    moments.push({
      on: a.signedOn,
      key: `amendment-${a.id}`,
      text: t("agreements.timeline.amendmentSigned", {
        number: a.number,
        kind: t(`codes.amendmentKinds.${a.kind}`).toLocaleLowerCase(f.locale),
        until: extendedTo ? f.date(new Date(`${extendedTo}T00:00:00Z`)) : "none",
      }),
    });
  }
  if (agreement.expiresOn) {
    moments.push({ on: agreement.expiresOn, key: "expiry", text: t(agreement.expiresOn < today ? "agreements.timeline.expired" : "agreements.timeline.expires") });
  }
  moments.sort((a, b) => b.on.getTime() - a.on.getTime());
  const renewals = [
    agreement.renewedBy && { label: t("agreements.page.renewedBy"), ...agreement.renewedBy },
    agreement.renews && { label: t("agreements.page.renews"), ...agreement.renews },
  ].filter((r): r is { label: string; id: string; title: string; reference: string } => Boolean(r));

  if (moments.length === 0 && renewals.length === 0) return <p className="text-sm text-slate-500">{t("agreements.timeline.nothingYet")}</p>;
  return (
    <div className="space-y-3">
      {renewals.map((r) => (
        <p key={r.id} className="text-sm">
          {r.label}{" "}
          <Link href={`${basePath}/${r.id}`} className="text-brand-700 hover:underline">
            {r.title}
          </Link>
        </p>
      ))}
      <ol className="relative space-y-3 border-s border-slate-200 ps-5">
        {moments.map((m) => (
          <li key={m.key} className="text-sm">
            <span className={`absolute -start-1.5 mt-1.5 h-3 w-3 rounded-full border-2 border-white ${m.on > today ? "bg-slate-300" : "bg-brand-600"}`} />
            <span className="me-2 font-medium whitespace-nowrap text-slate-700">{f.date(m.on)}</span>
            {m.text}
          </li>
        ))}
      </ol>
    </div>
  );
}
