// "Saved." after a record's form leads to the record's page: the Server Action leaves a short-lived
// cookie naming what happened, and the page's live region (components/ui/saved-notice.tsx) reads it
// once, says it and clears it. A cookie rather than a query parameter keeps the record's address
// clean (bookmarks, the back button, links pasted into email).

export const SAVED_COOKIE = "saved-notice";

/** What the notice can say (its words: the "common.saved" messages). */
export const SAVED_KINDS = ["created", "updated"] as const;

export type SavedKind = (typeof SAVED_KINDS)[number];
