"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { partnerActionItemStatuses } from "@/lib/domain/codes";
import type { ActionItemStatus } from "@/lib/generated/prisma/enums";
import { acknowledgeMinutesAction, actionItemProgressAction, commentAction } from "@/lib/meetings/feedback-actions";
import { useSay } from "@/lib/i18n/use-say";

export function CommentForm({ actionItemId }: { actionItemId: string }) {
  const say = useSay();
  const t = useTranslations("forms.feedback");
  const [state, action, pending] = useActionState(commentAction, null);
  const error = state && !state.ok ? (state.fieldErrors?.body ?? state.message) : null;
  return (
    <form action={action} className="mt-2 flex items-start gap-2" key={state?.ok ? (state as { id: string }).id : "draft"}>
      <input type="hidden" name="actionItemId" value={actionItemId} />
      <div className="flex-1">
        <label htmlFor={`comment-${actionItemId}`} className="sr-only">
          {t("comment")}
        </label>
        <textarea id={`comment-${actionItemId}`} name="body" rows={1} maxLength={2000} placeholder={t("addComment")} className={`${inputClass} text-sm`} aria-invalid={!!error} />
        {error && <p className="mt-1 text-sm text-red-700">{say(error)}</p>}
      </div>
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("commentButton")}
      </Button>
    </form>
  );
}

export function AcknowledgeForm({ meetingId }: { meetingId: string }) {
  const say = useSay();
  const t = useTranslations("forms.feedback");
  const [state, action, pending] = useActionState(acknowledgeMinutesAction, null);
  return (
    <form action={action} className="mt-4 flex items-center gap-3">
      <input type="hidden" name="meetingId" value={meetingId} />
      <Button type="submit" disabled={pending}>
        {t("acknowledge")}
      </Button>
      {state && !state.ok && <p className="text-sm text-red-700">{say(state.message)}</p>}
    </form>
  );
}

/**
 * The one form an action item offers a partner (for the items its organisation owns): a new status
 * with an optional note, or no new status and a note, which is a comment. Staff reopen a done item
 * with a comment. Either way the note joins the item's comments with the status it set.
 */
export function ActionItemProgressForm({ item, as }: { item: { id: string; version: number; status: ActionItemStatus }; as: "partner" | "staff" }) {
  const say = useSay();
  const t = useTranslations("forms.feedback");
  const tCodes = useTranslations("codes.actionItemStatuses");
  const [state, action, pending] = useActionState(actionItemProgressAction, null);
  const error = state && !state.ok ? (state.fieldErrors?.note ?? state.fieldErrors?.status ?? state.message) : null;
  const noteId = `note-${item.id}`;
  const partner = as === "partner";
  return (
    <form action={action} className="mt-2 flex flex-wrap items-start gap-2" key={state?.ok ? `saved-${item.version}` : "draft"}>
      <input type="hidden" name="id" value={item.id} />
      <input type="hidden" name="version" value={item.version} />
      {partner ? (
        <>
          <label htmlFor={`status-${item.id}`} className="sr-only">
            {t("status")}
          </label>
          <select id={`status-${item.id}`} name="status" defaultValue="" className={`${inputClass} text-sm sm:max-w-56`}>
            <option value="">{t("noChange", { status: tCodes(item.status) })}</option>
            {partnerActionItemStatuses.filter((status) => status !== item.status).map((status) => (
              <option key={status} value={status}>
                {t("mark", { status: tCodes(status).toLocaleLowerCase() })}
              </option>
            ))}
          </select>
        </>
      ) : (
        <input type="hidden" name="status" value="OPEN" />
      )}
      <div className="min-w-48 flex-1">
        <label htmlFor={noteId} className="sr-only">
          {t(partner ? "note" : "whyReopened")}
        </label>
        <input
          id={noteId}
          name="note"
          maxLength={2000}
          placeholder={t(partner ? "notePlaceholder" : "whyReopened")}
          className={`${inputClass} text-sm`}
          aria-invalid={!!error}
          aria-describedby={error ? `${noteId}-error` : undefined}
        />
        {error && (
          <p id={`${noteId}-error`} role="alert" className="mt-1 text-sm text-red-700">
            {say(error)}
          </p>
        )}
      </div>
      <Button type="submit" variant="secondary" disabled={pending}>
        {t(partner ? "send" : "reopen")}
      </Button>
    </form>
  );
}
