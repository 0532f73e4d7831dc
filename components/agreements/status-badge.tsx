import { Badge, type Tone } from "@/components/ui/badge";
import { agreementStatuses } from "@/lib/domain/codelists";
import type { AgreementStatus } from "@/lib/generated/prisma/enums";
import { displayedStatus } from "@/lib/agreements/lifecycle";
import { displayDate, today } from "@/lib/domain/format";

const tones: Record<AgreementStatus, Tone> = {
  DRAFT: "grey",
  UNDER_NEGOTIATION: "amber",
  ACTIVE: "green",
  EXPIRED: "red",
  TERMINATED: "grey",
};

/** The agreement's status, derived from its expiry date where that has passed (see displayedStatus). */
export function AgreementStatusBadge({ status, expiresOn }: { status: AgreementStatus; expiresOn: Date | null }) {
  const shown = displayedStatus(status, expiresOn, today());
  return (
    <span title={shown !== status ? `Past its expiry date (${displayDate(expiresOn)}): record it as expired, or renew it.` : undefined}>
      <Badge tone={tones[shown]}>{agreementStatuses[shown].label}</Badge>
    </span>
  );
}
