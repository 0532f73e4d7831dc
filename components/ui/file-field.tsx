"use client";

import { useEffect, useRef, useState } from "react";
import { MB, sizeRefusal } from "@/lib/uploads/size";
import { Field, inputClass } from "./field";
import type { Message, Text } from "@/lib/i18n/message";

/**
 * A labelled file input that knows the upload limit: a file (or files) too large is named with the
 * limit as soon as it is chosen, and its form is not sent, so nobody waits for 30 MB to travel only
 * to be refused. The server checks again (lib/uploads/limit.ts).
 */
export function FileField({
  label,
  name,
  limitMb,
  error,
  hint,
  multiple = false,
  accept,
  required = false,
  className,
}: {
  label: string;
  name: string;
  limitMb: number;
  /** The server's refusal of the files, if any. */
  error?: Text;
  hint?: string;
  multiple?: boolean;
  accept?: string;
  required?: boolean;
  className?: string;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [tooLarge, setTooLarge] = useState<Message | null>(null);

  useEffect(() => {
    const field = input.current;
    const form = field?.form;
    if (!field || !form) return;
    const check = () => {
      const bytes = [...(field.files ?? [])].reduce((sum, f) => sum + f.size, 0);
      const refusal = sizeRefusal(bytes, limitMb * MB, "sent");
      setTooLarge(refusal);
      return refusal;
    };
    // Before React's own listener on the root: a form refused here never reaches its action.
    const onSubmit = (event: SubmitEvent) => {
      if (!check()) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      field.focus();
    };
    field.addEventListener("change", check);
    form.addEventListener("submit", onSubmit);
    return () => {
      field.removeEventListener("change", check);
      form.removeEventListener("submit", onSubmit);
    };
  }, [limitMb]);

  return (
    <Field label={label} name={name} error={tooLarge ?? error} hint={hint} className={className}>
      <input
        ref={input}
        id={name}
        name={name}
        type="file"
        multiple={multiple}
        accept={accept}
        required={required}
        className={inputClass}
        aria-invalid={Boolean(tooLarge ?? error)}
      />
    </Field>
  );
}
