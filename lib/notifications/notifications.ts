// A user's own notifications (written by the reminder job): read and marked read only by that user.
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/policy";

export function unreadCount(viewer: Viewer) {
  return db().notification.count({ where: { userId: viewer.userId, readAt: null } });
}

export function listNotifications(viewer: Viewer, take = 100) {
  return db().notification.findMany({
    where: { userId: viewer.userId },
    orderBy: [{ readAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    take,
    select: { id: true, kind: true, title: true, href: true, createdAt: true, readAt: true },
  });
}

/** Marks the viewer's notifications read: the named ones, or all. Others' are never touched. */
export async function markRead(viewer: Viewer, ids: string[] | "all", now = new Date()) {
  const { count } = await db().notification.updateMany({
    where: { userId: viewer.userId, readAt: null, ...(ids !== "all" && { id: { in: ids } }) },
    data: { readAt: now },
  });
  return count;
}
