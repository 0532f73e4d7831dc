"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { acknowledgeMinutesAction, commentAction } from "@/lib/meetings/feedback-actions";

export function CommentForm({ actionItemId }: { actionItemId: string }) {
  const [state, action, pending] = useActionState(commentAction, null);
  const error = state && !state.ok ? (state.fieldErrors?.body ?? state.message) : null;
  return (
    <form action={action} className="mt-2 flex items-start gap-2" key={state?.ok ? (state as { id: string }).id : "draft"}>
      <input type="hidden" name="actionItemId" value={actionItemId} />
      <div className="flex-1">
        <label htmlFor={`comment-${actionItemId}`} className="sr-only">
          Comment
        </label>
        <textarea id={`comment-${actionItemId}`} name="body" rows={1} maxLength={2000} placeholder="Add a comment…" className={`${inputClass} text-sm`} aria-invalid={!!error} />
        {error && <p className="mt-1 text-sm text-red-700">{error}</p>}
      </div>
      <Button type="submit" variant="secondary" disabled={pending}>
        Comment
      </Button>
    </form>
  );
}

export function AcknowledgeForm({ meetingId }: { meetingId: string }) {
  const [state, action, pending] = useActionState(acknowledgeMinutesAction, null);
  return (
    <form action={action} className="mt-4 flex items-center gap-3">
      <input type="hidden" name="meetingId" value={meetingId} />
      <Button type="submit" disabled={pending}>
        Acknowledge the minutes
      </Button>
      {state && !state.ok && <p className="text-sm text-red-700">{state.message}</p>}
    </form>
  );
}
