"use server";
// Server Actions for meeting forms.
import type { ActionResult } from "@/lib/domain/action-result";
import { archiveRecord, formOf, saveRecord, type FormState } from "@/lib/domain/form-actions";
import { createMeeting, setMeetingArchived, updateMeeting } from "./mutations";
import { meetingFormValues, type MeetingFormValues } from "./schema";

export type MeetingFormState = FormState<MeetingFormValues>;

export async function saveMeetingAction(previous: MeetingFormState, input: unknown): Promise<MeetingFormState> {
  const form = formOf(input);
  return saveRecord(previous, form, { values: meetingFormValues, create: createMeeting, update: updateMeeting, path: "/meetings" });
}

export async function archiveMeetingAction(_previous: ActionResult | null, input: unknown): Promise<ActionResult> {
  const form = formOf(input);
  return archiveRecord(form, setMeetingArchived);
}
