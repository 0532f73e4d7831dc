import { useTranslations } from "next-intl";
import { Badge, type Tone } from "@/components/ui/badge";
import type { ReportState } from "@/lib/generated/prisma/enums";

const tones: Record<ReportState, Tone> = { DUE: "grey", SUBMITTED: "blue", RETURNED: "amber", ACCEPTED: "green" };

/** Where a report stands; a due or returned report past its date says it is overdue. */
export function ReportStateBadge({ state, dueOn, today }: { state: ReportState; dueOn: Date; today: Date }) {
  const t = useTranslations();
  if ((state === "DUE" || state === "RETURNED") && dueOn < today) return <Badge tone="red">{t(state === "RETURNED" ? "reports.returnedOverdue" : "reports.overdue")}</Badge>;
  return <Badge tone={tones[state]}>{t(`codes.reportStates.${state}`)}</Badge>;
}
