// Its own module so the opportunity form takes it without the schema (and zod) on its first load.

/** The partner select's value for "a new organisation, recorded with the opportunity". */
export const NEW_ORGANISATION = "new";
