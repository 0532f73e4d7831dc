import { Badge, type Tone } from "@/components/ui/badge";
import { reportStates } from "@/lib/domain/codelists";
import type { ReportState } from "@/lib/generated/prisma/enums";

const tones: Record<ReportState, Tone> = { DUE: "grey", SUBMITTED: "blue", RETURNED: "amber", ACCEPTED: "green" };

/** Where a report stands; a due or returned report past its date says it is overdue. */
export function ReportStateBadge({ state, dueOn, today }: { state: ReportState; dueOn: Date; today: Date }) {
  if ((state === "DUE" || state === "RETURNED") && dueOn < today) return <Badge tone="red">{state === "RETURNED" ? "Returned, overdue" : "Overdue"}</Badge>;
  return <Badge tone={tones[state]}>{reportStates[state].label}</Badge>;
}
