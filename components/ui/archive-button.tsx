"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/domain/action-result";
import { useSay } from "@/lib/i18n/use-say";

export type ArchiveNoun = "agreement" | "commitment" | "document" | "indicator" | "instalment" | "meeting" | "opportunity" | "partner" | "project" | "receipt" | "requirement" | "result" | "statusReport";

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
  /** What is archived, for the question and the button's name ("archive.this" in the catalogues). */
  noun: ArchiveNoun;
  /** A small text button, for rows inside a record (an instalment, a receipt). */
  compact?: boolean;
}) {
  const say = useSay();
  const t = useTranslations("archive");
  const [result, formAction, pending] = useActionState(action, null);
  const what = t("this", { noun });
  return (
    <form
      action={formAction}
      onSubmit={(event) => {
        if (!archived && !window.confirm(t("confirm", { what }))) {
          event.preventDefault();
        }
      }}
      className="inline"
    >
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="archived" value={archived ? "false" : "true"} />
      {compact ? (
        <button type="submit" disabled={pending} className="text-xs text-slate-500 underline hover:text-red-700" aria-label={t("label", { action: archived ? "restore" : "archive", what })}>
          {t(archived ? "restore" : "archive")}
        </button>
      ) : (
        <Button type="submit" variant="secondary" disabled={pending}>
          {t(archived ? "restore" : "archive")}
        </Button>
      )}
      {result && !result.ok && (
        <p role="status" className="mt-2 text-sm text-red-700">
          {say(result.message)}
        </p>
      )}
    </form>
  );
}
