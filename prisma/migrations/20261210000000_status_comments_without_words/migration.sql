-- A status change without a note was stored with English words ("Marked done."); the comment's
-- status says it, and each reader sees it in their language. Such comments now have no body.
UPDATE "ActionItemComment" SET "body" = ''
WHERE "status" IS NOT NULL AND "body" IN ('Marked open.', 'Marked in progress.', 'Marked done.', 'Marked cancelled.');
