// The meeting form's schema: the meeting, its participants, and the action items agreed there.
import { z } from "zod";
import { customFormValues, type CustomFormValues } from "@/lib/custom-fields/values";
import { ActionItemStatus, MeetingKind, MeetingStatus } from "@/lib/generated/prisma/enums";
import { optionalDate, optionalText, requiredDate, requiredText } from "@/lib/domain/validation";


const actionItem = z.object({
  /** Set for an item that already exists; removed items are archived, not deleted. */
  id: z.string().trim().transform((v) => v || null),
  description: requiredText(1000, "problems.sayWhatAgreed"),
  ownerOrganisationId: z.string().trim().transform((v) => v || null),
  dueOn: optionalDate,
  status: z.enum(ActionItemStatus, "problems.chooseItemsStatus"),
  projectId: z.string().trim().transform((v) => v || null),
});

export const meetingSchema = z
  .object({
    agreementId: z.string().trim().min(1, "problems.chooseAgreement"),
    kind: z.enum(MeetingKind, "problems.chooseKindMeeting"),
    title: requiredText(300, "problems.giveMeetingTitle"),
    heldOn: requiredDate("problems.enterDateAsYyyyMm"),
    status: z.enum(MeetingStatus, "problems.chooseStatus"),
    location: optionalText(300),
    /** Another office than the agreement's that holds the meeting; none: the agreement's. */
    officeId: z.string().trim().optional().transform((v) => v || null),
    online: z.boolean(),
    agenda: optionalText(20_000),
    minutes: optionalText(100_000),
    decisions: optionalText(20_000),
    minutesShared: z.boolean(),
    participants: z.array(requiredText(300, "problems.giveParticipantsName")).max(300),
    actionItems: z.array(actionItem).max(200),
  })
  .superRefine((m, ctx) => {
    if (m.minutesShared && !m.minutes && !m.decisions) {
      ctx.addIssue({ code: "custom", path: ["minutesShared"], message: "problems.nothingToShare" });
    }
  });

export type MeetingInput = z.infer<typeof meetingSchema>;
/** What the form sends: every field as typed, the custom fields' under `custom` (checked by withCustomFields). */
export type MeetingFormValues = z.input<typeof meetingSchema> & { custom?: CustomFormValues };

export function meetingFormValues(form: FormData): MeetingFormValues {
  const text = (name: string) => String(form.get(name) ?? "");
  const column = (name: string) => form.getAll(name).map(String);
  const [ids, descriptions, owners, dues, statuses, projects] = ["itemId", "itemDescription", "itemOwner", "itemDueOn", "itemStatus", "itemProject"].map(column);
  return {
    agreementId: text("agreementId"),
    kind: text("kind") as MeetingFormValues["kind"],
    title: text("title"),
    heldOn: text("heldOn"),
    status: text("status") as MeetingFormValues["status"],
    location: text("location"),
    officeId: text("officeId"),
    online: form.get("online") === "on",
    agenda: text("agenda"),
    minutes: text("minutes"),
    decisions: text("decisions"),
    minutesShared: form.get("minutesShared") === "on",
    participants: text("participants")
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean),
    actionItems: descriptions
      .map((description, i) => ({
        id: ids[i] ?? "",
        description,
        ownerOrganisationId: owners[i] ?? "",
        dueOn: dues[i] ?? "",
        status: (statuses[i] || "OPEN") as MeetingFormValues["actionItems"][number]["status"],
        projectId: projects[i] ?? "",
      }))
      .filter((item) => item.id !== "" || item.description.trim() !== ""), // an untouched new row is no item
    custom: customFormValues(form),
  };
}
