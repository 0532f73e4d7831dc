"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/domain/action-result";

/** A plain form posting to a Server Action whose refusal, if any, shows after its fields. */
export function ActionForm({
  action,
  className,
  children,
}: {
  action: (previous: ActionResult | null, form: FormData) => Promise<ActionResult>;
  className?: string;
  children: React.ReactNode;
}) {
  const [result, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className={className}>
      {children}
      {result && !result.ok && (
        <p role="alert" className="mt-1 text-xs text-red-700">
          {result.message}
        </p>
      )}
    </form>
  );
}
