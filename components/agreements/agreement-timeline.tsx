// The agreement's life on one line: signature, start, meetings, amendments, status changes,
// renewal, expiry.
import Link from "next/link";
import type { AgreementDetail } from "@/lib/agreements/queries";
import type { activityOf } from "@/lib/audit/queries";
import { agreementStatuses, amendmentKinds, meetingStatuses } from "@/lib/domain/codelists";
import { displayDate } from "@/lib/domain/format";
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
  const moments: Moment[] = [];
  if (agreement.signedOn) moments.push({ on: agreement.signedOn, key: "signed", text: "Signed" });
  if (agreement.effectiveOn && agreement.effectiveOn.getTime() !== agreement.signedOn?.getTime()) {
    moments.push({ on: agreement.effectiveOn, key: "effective", text: "Took effect" });
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
          <span className="text-slate-500">({meetingStatuses[m.status].label.toLowerCase()})</span>
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
        text: `Status changed from ${status[0] ? agreementStatuses[status[0]].label.toLowerCase() : "none"} to ${agreementStatuses[status[1]].label.toLowerCase()}${e.actor ? ` by ${e.actor.name}` : ""}`,
      });
    }
  }
  for (const a of agreement.amendments) {
    const extendedTo = (a.changes as { expiresOn?: [string | null, string] } | null)?.expiresOn?.[1];
    moments.push({
      on: a.signedOn,
      key: `amendment-${a.id}`,
      text: `Amendment ${a.number} signed: ${amendmentKinds[a.kind].label.toLowerCase()}${extendedTo ? ` to ${displayDate(new Date(`${extendedTo}T00:00:00Z`))}` : ""}`,
    });
  }
  if (agreement.expiresOn) {
    moments.push({ on: agreement.expiresOn, key: "expiry", text: agreement.expiresOn < today ? "Expired" : "Expires" });
  }
  moments.sort((a, b) => b.on.getTime() - a.on.getTime());
  const renewals = [
    agreement.renewedBy && { label: "Renewed by", ...agreement.renewedBy },
    agreement.renews && { label: "Renews", ...agreement.renews },
  ].filter((r): r is { label: string; id: string; title: string; reference: string } => Boolean(r));

  if (moments.length === 0 && renewals.length === 0) return <p className="text-sm text-slate-500">Nothing dated yet.</p>;
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
            <span className="me-2 font-medium whitespace-nowrap text-slate-700">{displayDate(m.on)}</span>
            {m.text}
          </li>
        ))}
      </ol>
    </div>
  );
}
