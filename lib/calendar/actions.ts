"use server";
import { getViewer } from "@/lib/auth/viewer";
import { appUrl } from "@/lib/mail/outbox";
import { createFeedToken, revokeFeedToken } from "./feed";

export type FeedState = { link: string | null; revoked?: boolean } | null;

/** A new private feed URL (the old one stops working), shown once. */
export async function newFeedAction(): Promise<FeedState> {
  const viewer = await getViewer();
  if (!viewer) return null;
  return { link: appUrl(`/feeds/${await createFeedToken(viewer)}`) };
}

export async function revokeFeedAction(): Promise<FeedState> {
  const viewer = await getViewer();
  if (!viewer) return null;
  await revokeFeedToken(viewer);
  return { link: null, revoked: true };
}
