// "Saved." after a record's form leads to the record's page: the Server Action leaves a short-lived
// cookie naming what happened, and the page's live region (components/ui/saved-notice.tsx) reads it
// once, says it and clears it. A cookie rather than a query parameter keeps the record's address
// clean (bookmarks, the back button, links pasted into email).

export const SAVED_COOKIE = "saved-notice";

export const SAVED_MESSAGES = { created: "Created.", updated: "Saved." } as const;

export type SavedKind = keyof typeof SAVED_MESSAGES;
