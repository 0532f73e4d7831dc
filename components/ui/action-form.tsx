"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/domain/action-result";
import { useSay } from "@/lib/i18n/use-say";

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
  const say = useSay();
  const [result, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className={className}>
      {children}
      {result && !result.ok && (
        <p role="alert" className="mt-1 text-xs text-red-700">
          {say(result.message)}
        </p>
      )}
    </form>
  );
}

/** A link-styled button posting one record's `id` to a Server Action (retry, mark read, sign out there). */
export function ActionLink({
  action,
  id,
  size = "text-sm",
  children,
}: {
  action: (previous: ActionResult | null, form: FormData) => Promise<ActionResult>;
  id: string;
  size?: "text-xs" | "text-sm";
  children: React.ReactNode;
}) {
  return (
    <ActionForm action={action}>
      <input type="hidden" name="id" value={id} />
      <button type="submit" className={`${size} whitespace-nowrap text-brand-600 hover:underline`}>
        {children}
      </button>
    </ActionForm>
  );
}
