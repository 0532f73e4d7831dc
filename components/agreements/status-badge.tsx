import { Badge, type Tone } from "@/components/ui/badge";
import { agreementStatuses } from "@/lib/domain/codelists";
import type { AgreementStatus } from "@/lib/generated/prisma/enums";

const tones: Record<AgreementStatus, Tone> = {
  DRAFT: "grey",
  UNDER_NEGOTIATION: "amber",
  ACTIVE: "green",
  EXPIRED: "red",
  TERMINATED: "grey",
};

export function AgreementStatusBadge({ status }: { status: AgreementStatus }) {
  return <Badge tone={tones[status]}>{agreementStatuses[status].label}</Badge>;
}
