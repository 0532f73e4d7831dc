"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { archiveAgreementAction } from "@/lib/agreements/actions";
import type { ActionResult } from "@/lib/domain/action-result";

export function ArchiveButton({ id, version, archived }: { id: string; version: number; archived: boolean }) {
  const [result, action, pending] = useActionState<ActionResult | null, FormData>(archiveAgreementAction, null);
  const verb = archived ? "Restore" : "Archive";
  return (
    <form
      action={action}
      onSubmit={(event) => {
        if (!archived && !window.confirm("Archive this agreement? It leaves the lists but keeps its history; it can be restored.")) {
          event.preventDefault();
        }
      }}
      className="inline"
    >
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="archived" value={archived ? "false" : "true"} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {verb}
      </Button>
      {result && !result.ok && (
        <p role="status" className="mt-2 text-sm text-red-700">
          {result.message}
        </p>
      )}
    </form>
  );
}
