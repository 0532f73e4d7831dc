"use client";

import { useActionState, useState, type FormEvent } from "react";
import type { z } from "zod";
import type { FormState } from "@/lib/domain/form-actions";
import { fieldErrorsOf } from "@/lib/domain/validation";

/**
 * A record's form: its Server Action's state, and the same schema as the server checked in the
 * browser before the round trip (the server checks again). Errors are keyed by field.
 */
export function useRecordForm<Values>(
  action: (previous: FormState<Values>, form: FormData) => Promise<FormState<Values>>,
  schema: z.ZodType,
  readValues: (form: FormData) => Values,
) {
  const [state, formAction, pending] = useActionState(action, { result: null, values: null, attempt: 0 });
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  const errors = clientErrors ?? (state.result && !state.result.ok ? state.result.fieldErrors : undefined) ?? {};

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const parsed = schema.safeParse(readValues(new FormData(event.currentTarget)));
    const errors = parsed.success ? null : fieldErrorsOf(parsed.error);
    setClientErrors(errors);
    if (!errors) return;
    event.preventDefault();
    // Keyboard and screen-reader users land on the first field to fix (the summary above is announced).
    const first = Object.keys(errors)[0];
    const field = first && event.currentTarget.querySelector<HTMLElement>(`[name="${CSS.escape(first)}"]`);
    if (field) field.focus();
  }

  return { state, formAction, pending, errors, clientErrors, onSubmit };
}
