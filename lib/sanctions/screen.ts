// Screening: every partner's name, acronym and former names against the listed entities' names and
// aliases, compared as screening_name() writes them (lower case, no accents, no punctuation), by
// PostgreSQL's trigram similarity. Candidates at or above the threshold become matches for an
// officer to mark; a match already marked keeps its mark (its score is refreshed).
import type { Prisma } from "@/lib/generated/prisma/client";

/** Trigram similarity (0 to 1) from which a name is a candidate match. */
export const MATCH_THRESHOLD = 0.5;

/** Screens the partners given (all current partners when none are), in the caller's transaction; returns the match rows written. */
export async function screenPartners(tx: Prisma.TransactionClient, organisationIds?: string[]): Promise<number> {
  const only = organisationIds ?? null;
  return tx.$executeRaw`
    WITH partner_names AS (
      SELECT o.id, n.name AS partner_name, screening_name(n.name) AS norm
      FROM "Organisation" o
      CROSS JOIN LATERAL unnest(ARRAY[o.name, o.acronym] || o."formerNames") AS n(name)
      WHERE NOT o.archived AND n.name IS NOT NULL AND length(screening_name(n.name)) >= 3
        AND (${only}::text[] IS NULL OR o.id = ANY(${only}::text[]))
    ), candidates AS (
      SELECT DISTINCT ON (p.id, s."entityId") p.id AS organisation_id, s."entityId" AS entity_id, p.partner_name, s.name AS listed_name,
             similarity(p.norm, s.normalised) AS score
      FROM partner_names p
      JOIN "SanctionsName" s ON s.normalised % p.norm
      JOIN "SanctionsEntity" e ON e.id = s."entityId" AND e."delistedAt" IS NULL
      WHERE similarity(p.norm, s.normalised) >= ${MATCH_THRESHOLD}
      ORDER BY p.id, s."entityId", similarity(p.norm, s.normalised) DESC
    )
    INSERT INTO "SanctionsMatch" (id, "organisationId", "entityId", "partnerName", "listedName", score, state, version, "createdAt")
    SELECT gen_random_uuid()::text, organisation_id, entity_id, partner_name, listed_name, score, 'UNRESOLVED', 1, now() FROM candidates
    ON CONFLICT ("organisationId", "entityId") DO UPDATE
      SET score = EXCLUDED.score, "partnerName" = EXCLUDED."partnerName", "listedName" = EXCLUDED."listedName"
      WHERE "SanctionsMatch".score IS DISTINCT FROM EXCLUDED.score OR "SanctionsMatch"."listedName" IS DISTINCT FROM EXCLUDED."listedName"`;
}
