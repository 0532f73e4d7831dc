"use server";
import { getViewer } from "@/lib/auth/viewer";
import { appUrl } from "@/lib/mail/outbox";
import { createFeedToken, revokeFeedToken } from "./feed";
import { formOf } from "@/lib/domain/form-actions";

/** `link`: a new feed URL, shown once; `revoked`: the feed was just revoked. */
export type FeedState = { link: string | null; revoked: boolean } | null;

/** Makes a new private feed URL (the old one stops working) or revokes it, as the form's button says. */
export async function feedAction(_previous: FeedState, input: unknown): Promise<FeedState> {
  const form = formOf(input);
  const viewer = await getViewer();
  if (!viewer) return null;
  if (form.get("op") === "revoke") {
    await revokeFeedToken(viewer);
    return { link: null, revoked: true };
  }
  return { link: appUrl(`/feeds/${await createFeedToken(viewer)}`), revoked: false };
}
