// A refused parse's messages keyed by field: shared by the server and by the forms in the browser,
// without zod itself (the browser loads zod only when a form is first sent: components/ui/use-record-form.ts).

/** Field errors keyed by field name, the first message of each. */
export function fieldErrorsOf(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "form";
    errors[key] ??= issue.message;
  }
  return errors;
}
