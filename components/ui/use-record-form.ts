"use client";

import type { FieldErrors } from "@/lib/domain/action-result";
import { useActionState, useRef, useState, type FormEvent } from "react";
import type { z } from "zod";
import { fieldErrorsOf } from "@/lib/domain/field-errors";
import type { FormState } from "@/lib/domain/form-actions";
import type { FieldDefinition } from "@/lib/custom-fields/values";

/** A form's schema (the server's own) and the reader of its fields, loaded when first needed. */
export type SchemaLoader = () => Promise<{ schema: z.ZodType; read: (form: FormData) => unknown }>;

/**
 * A record's form: its Server Action's state, and the same schema as the server checked in the
 * browser before the round trip (the server checks again). Errors are keyed by field. The schema
 * (and zod with it, a fifth of a page's JavaScript) is not part of the page's first load: it is
 * fetched when the person first touches the form (`onFocus`), and a form sent before it arrived
 * waits for it, then is sent again.
 */
export function useRecordForm<Values>(
  action: (previous: FormState<Values>, input: unknown) => Promise<FormState<Values>>,
  loadSchema: SchemaLoader,
  /** The record's custom fields (lib/custom-fields): checked with the same schema as the server's. */
  customFields?: readonly FieldDefinition[],
) {
  const [state, formAction, pending] = useActionState(action, { result: null, values: null, attempt: 0 });
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  const errors = clientErrors ?? (state.result && !state.result.ok ? state.result.fieldErrors : undefined) ?? {};
  const loaded = useRef<Awaited<ReturnType<SchemaLoader>> | null>(null);
  const loading = useRef<Promise<unknown> | null>(null);

  function load() {
    const withCustom: SchemaLoader = customFields?.length
      ? () => Promise.all([loadSchema(), import("@/lib/custom-fields/values")]).then(([check, custom]) => ({ ...check, schema: custom.withCustomFields(check.schema, customFields) }))
      : loadSchema;
    loading.current ??= withCustom().then((check) => (loaded.current = check));
    return loading.current;
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const form = event.currentTarget;
    if (!loaded.current) {
      event.preventDefault();
      const submitter = (event.nativeEvent as SubmitEvent).submitter;
      void load().then(() => form.requestSubmit(submitter));
      return;
    }
    const parsed = loaded.current.schema.safeParse(loaded.current.read(new FormData(form)));
    const errors = parsed.success ? null : fieldErrorsOf(parsed.error);
    setClientErrors(errors);
    if (!errors) return;
    event.preventDefault();
    // Keyboard and screen-reader users land on the first field to fix (the summary above is announced).
    const first = Object.keys(errors)[0];
    const field = first && form.querySelector<HTMLElement>(`[name="${CSS.escape(first)}"]`);
    if (field) field.focus();
  }

  return { state, formAction, pending, errors, clientErrors, onSubmit, onFocus: () => void load() };
}
