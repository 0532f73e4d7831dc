"use client";

import { useActionState, useId } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/domain/action-result";
import { useSay } from "@/lib/i18n/use-say";

type Move = (previous: ActionResult | null, form: FormData) => Promise<ActionResult>;

export interface ColumnChoice {
  value: string;
  label: string;
}

/**
 * A card that can move to another column: by its menu and button (keyboard, screen readers), or by
 * dragging it onto a column, which chooses that column in the same menu and sends the same form.
 */
export function BoardCard({
  id,
  version,
  by,
  current,
  columns,
  move,
  children,
}: {
  id: string;
  version: number;
  by: string;
  current: string;
  /** The columns it may be moved to; none: it does not move (the viewer may not change it). */
  columns: ColumnChoice[] | null;
  move: Move;
  children: React.ReactNode;
}) {
  const t = useTranslations("forms.board");
  const say = useSay();
  const [result, formAction, pending] = useActionState(move, null);
  const select = useId();
  return (
    <li
      className="rounded-md border border-slate-200 bg-white p-3 shadow-sm"
      draggable={Boolean(columns)}
      onDragStart={(event) => {
        event.dataTransfer.setData("text/plain", id);
        event.dataTransfer.effectAllowed = "move";
      }}
    >
      {children}
      {columns && (
        <form action={formAction} id={`move-${id}`} className="mt-2 flex items-center gap-2 text-xs">
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="version" value={version} />
          <input type="hidden" name="by" value={by} />
          <label htmlFor={select} className="sr-only">
            {t("moveTo")}
          </label>
          <select id={select} name="to" defaultValue={current} className="min-w-0 flex-1 rounded border border-slate-300 bg-white px-1 py-1 text-xs">
            {columns.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
          <button type="submit" disabled={pending} className="rounded border border-slate-300 px-2 py-1 text-brand-700 hover:bg-slate-50">
            {t("move")}
          </button>
        </form>
      )}
      {result && !result.ok && (
        <p role="alert" className="mt-1 text-xs text-red-700">
          {say(result.message)}
        </p>
      )}
    </li>
  );
}

/** A column cards can be dropped on: the card's own form is sent with this column chosen. */
export function DropColumn({ value, children, className }: { value: string; children: React.ReactNode; className?: string }) {
  return (
    <section
      className={className}
      onDragOver={(event) => event.preventDefault()}
      onDrop={(event) => {
        event.preventDefault();
        const form = document.getElementById(`move-${event.dataTransfer.getData("text/plain")}`) as HTMLFormElement | null;
        const select = form?.elements.namedItem("to") as HTMLSelectElement | null;
        if (!form || !select || select.value === value) return;
        select.value = value;
        form.requestSubmit();
      }}
    >
      {children}
    </section>
  );
}
