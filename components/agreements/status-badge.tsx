import { useTranslations } from "next-intl";
import { Badge, type Tone } from "@/components/ui/badge";
import { useFormats } from "@/lib/i18n/use-formats";
import type { AgreementStatus } from "@/lib/generated/prisma/enums";
import { displayedStatus } from "@/lib/agreements/lifecycle";
import { today } from "@/lib/domain/format";

const tones: Record<AgreementStatus, Tone> = {
  DRAFT: "grey",
  UNDER_NEGOTIATION: "amber",
  ACTIVE: "green",
  EXPIRED: "red",
  TERMINATED: "grey",
};

/** The agreement's status, derived from its expiry date where that has passed (see displayedStatus). */
export function AgreementStatusBadge({ status, expiresOn }: { status: AgreementStatus; expiresOn: Date | null }) {
  const t = useTranslations();
  const f = useFormats();
  const shown = displayedStatus(status, expiresOn, today());
  return (
    <span title={shown !== status ? t("agreements.pastExpiry", { date: f.date(expiresOn) }) : undefined}>
      <Badge tone={tones[shown]}>{t(`codes.agreementStatuses.${shown}`)}</Badge>
    </span>
  );
}
