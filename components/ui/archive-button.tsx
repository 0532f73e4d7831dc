"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/domain/action-result";

/** Archives or restores a record through its Server Action, naming the version it was read at. */
export function ArchiveButton({
  action,
  id,
  version,
  archived,
  noun,
  compact = false,
}: {
  action: (previous: ActionResult | null, form: FormData) => Promise<ActionResult>;
  id: string;
  version: number;
  archived: boolean;
  noun: string;
  /** A small text button, for rows inside a record (an instalment, a receipt). */
  compact?: boolean;
}) {
  const [result, formAction, pending] = useActionState(action, null);
  return (
    <form
      action={formAction}
      onSubmit={(event) => {
        if (!archived && !window.confirm(`Archive this ${noun}? It leaves the lists but keeps its history; it can be restored.`)) {
          event.preventDefault();
        }
      }}
      className="inline"
    >
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="archived" value={archived ? "false" : "true"} />
      {compact ? (
        <button type="submit" disabled={pending} className="text-xs text-slate-500 underline hover:text-red-700" aria-label={`${archived ? "Restore" : "Archive"} this ${noun}`}>
          {archived ? "Restore" : "Archive"}
        </button>
      ) : (
        <Button type="submit" variant="secondary" disabled={pending}>
          {archived ? "Restore" : "Archive"}
        </Button>
      )}
      {result && !result.ok && (
        <p role="status" className="mt-2 text-sm text-red-700">
          {result.message}
        </p>
      )}
    </form>
  );
}
