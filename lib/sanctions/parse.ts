// Reads the UN Security Council Consolidated List in its published XML shape
// (<CONSOLIDATED_LIST dateGenerated=…><ENTITIES><ENTITY><DATAID/><FIRST_NAME/> (the entity's name)
// <REFERENCE_NUMBER/><LISTED_ON/><ENTITY_ALIAS><QUALITY/><ALIAS_NAME/></ENTITY_ALIAS>…). Only
// entities are read: partners are organisations, and individuals' data has no use here.
import { XMLParser } from "fast-xml-parser";
import { msg } from "@/lib/i18n/message";
import type { Text } from "@/lib/i18n/message";

export interface ListedEntity {
  reference: string;
  name: string;
  listedOn: Date | null;
  aliases: string[];
}

export type ParsedList = { generatedOn: Date | null; entities: ListedEntity[] } | { refusal: Text };

const asArray = <T>(value: T | T[] | undefined): T[] => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]);
const textOf = (value: unknown) => (typeof value === "string" || typeof value === "number" ? String(value).trim() : "");
const dayOf = (value: unknown) => {
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(textOf(value));
  return match ? new Date(`${match[1]}T00:00:00Z`) : null;
};

export function parseConsolidatedList(xml: string): ParsedList {
  let document: Record<string, unknown>;
  try {
    // No entity expansion beyond XML's own five, no DOCTYPE processing: a hostile file cannot blow up.
    document = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", processEntities: true, htmlEntities: false, parseTagValue: false }).parse(xml, true) as Record<string, unknown>;
  } catch (error) {
    return { refusal: msg("problems.notWellFormedXml", { detail: (error as Error).message.split("\n")[0] }) };
  }
  const list = document.CONSOLIDATED_LIST as Record<string, unknown> | undefined;
  if (!list || typeof list !== "object") return { refusal: msg("problems.notConsolidatedList") };
  const entities: ListedEntity[] = [];
  for (const entity of asArray((list.ENTITIES as Record<string, unknown> | undefined)?.ENTITY) as Record<string, unknown>[]) {
    const reference = textOf(entity.REFERENCE_NUMBER) || textOf(entity.DATAID);
    const name = textOf(entity.FIRST_NAME);
    if (!reference || !name) continue;
    const aliases = asArray(entity.ENTITY_ALIAS as Record<string, unknown> | Record<string, unknown>[])
      .map((a) => textOf(a.ALIAS_NAME))
      .filter((a) => a && a !== name);
    entities.push({ reference: reference.slice(0, 100), name: name.slice(0, 500), listedOn: dayOf(entity.LISTED_ON), aliases: [...new Set(aliases.map((a) => a.slice(0, 500)))] });
  }
  if (entities.length === 0) return { refusal: msg("problems.listNamesNoEntity") };
  return { generatedOn: dayOf(list["@dateGenerated"]), entities };
}
