// Numbers a form shows and its schema checks, in a module without zod, so the form's first load
// does not carry the schema (components/ui/use-record-form.ts loads it when the form is first sent).

/** The shortest password accepted (ASVS 6.2.1). */
export const MIN_PASSWORD = 12;

/** How many days a personal access token may last. */
export const TOKEN_LIFETIMES = [30, 90, 365] as const;
