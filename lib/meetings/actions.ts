"use server";
// Server Actions for meeting forms: the viewer comes from the session, never from the client.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/viewer";
import { refused, type ActionResult } from "@/lib/domain/action-result";
import { version } from "@/lib/domain/validation";
import { createMeeting, setMeetingArchived, updateMeeting } from "./mutations";
import { meetingFormValues, type MeetingFormValues } from "./schema";

export interface MeetingFormState {
  result: ActionResult | null;
  values: MeetingFormValues | null;
  attempt: number;
}

const SIGNED_OUT = refused("Your session has ended: sign in again, then repeat the change.");
const NO_VERSION = refused("The form is missing the record's version: reload the page.");

export async function saveMeetingAction(previous: MeetingFormState, form: FormData): Promise<MeetingFormState> {
  const values = meetingFormValues(form);
  const attempt = previous.attempt + 1;
  const viewer = await getViewer();
  if (!viewer) return { result: SIGNED_OUT, values, attempt };
  const id = String(form.get("id") ?? "");
  const readVersion = version.safeParse(form.get("version"));
  const result = id
    ? readVersion.success
      ? await updateMeeting(viewer, id, readVersion.data, values)
      : NO_VERSION
    : await createMeeting(viewer, values);
  if (!result.ok) return { result, values, attempt };
  revalidatePath("/meetings");
  redirect(`/meetings/${result.id}`);
}

export async function archiveMeetingAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const viewer = await getViewer();
  if (!viewer) return SIGNED_OUT;
  const id = String(form.get("id") ?? "");
  const readVersion = version.safeParse(form.get("version"));
  if (!readVersion.success) return NO_VERSION;
  const result = await setMeetingArchived(viewer, id, readVersion.data, form.get("archived") === "true");
  if (result.ok) revalidatePath(`/meetings/${id}`);
  return result;
}
