// The demo's custom fields (decision 022) and their values, and its saved views, as an administrator would have defined
// them at /admin/custom-fields and officers filled them in. DWCP outcomes and focal points are invented.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CustomFieldEntity, CustomFieldType } from "@/lib/generated/prisma/enums";
import { customData, type FieldDefinition, type StoredValues } from "@/lib/custom-fields/values";
import { canonicalQuery } from "@/lib/views/schema";

interface DemoField {
  entity: CustomFieldEntity;
  key: string;
  label: string;
  labels: Record<string, string>;
  help?: string;
  type: CustomFieldType;
  options?: [id: string, label: string][];
  partnersSee?: boolean;
}

export const DEMO_FIELDS: DemoField[] = [
  {
    entity: "AGREEMENT",
    key: "dwcp_outcome",
    label: "DWCP outcome",
    labels: { fr: "Effet du PPTD", es: "Efecto del PTDP", ar: "نتيجة البرنامج القطري للعمل اللائق" },
    help: "The Decent Work Country Programme outcome it serves (invented codes).",
    type: "ONE_OF",
    options: [
      ["id_1_1", "IDN 1.1 Youth employability"],
      ["kh_2_1", "KHM 2.1 Working conditions in garments"],
      ["la_1_2", "LAO 1.2 Labour inspection"],
      ["vn_1_2", "VNM 1.2 Skills and migration"],
      ["ras_3_1", "Regional 3.1 Social protection floors"],
    ],
  },
  {
    entity: "AGREEMENT",
    key: "legal_review_cleared",
    label: "Legal review cleared",
    labels: { fr: "Revue juridique validée", es: "Revisión jurídica aprobada", ar: "اعتماد المراجعة القانونية" },
    type: "DATE",
  },
  {
    entity: "AGREEMENT",
    key: "partner_s_focal_point",
    label: "Partner's focal point",
    labels: { fr: "Point focal du partenaire", es: "Punto focal del socio", ar: "جهة الاتصال لدى الشريك" },
    help: "Who the partner names for this agreement.",
    type: "TEXT",
    partnersSee: true,
  },
  {
    entity: "ORGANISATION",
    key: "un_global_compact_participant",
    label: "UN Global Compact participant",
    labels: { fr: "Participant au Pacte mondial", es: "Participante del Pacto Mundial", ar: "مشارك في الميثاق العالمي" },
    type: "YES_NO",
  },
  {
    entity: "PROJECT",
    key: "sdg_targets",
    label: "SDG targets",
    labels: { fr: "Cibles des ODD", es: "Metas de los ODS", ar: "غايات أهداف التنمية المستدامة" },
    type: "SEVERAL_OF",
    options: ["4.4", "5.5", "8.5", "8.7", "8.8", "10.7"].map((target): [string, string] => [target.replace(".", "_"), target]),
  },
];

/** Agreement values by agreement key. */
const AGREEMENT_VALUES: Record<string, StoredValues> = {
  asean: { dwcp_outcome: "ras_3_1", legal_review_cleared: "2007-10-02", partner_s_focal_point: "Ms Tran Thi Lan, ASEAN Secretariat labour division (invented)" },
  adb: { legal_review_cleared: "2002-05-20", partner_s_focal_point: "Social development thematic group (invented)" },
  escap: { dwcp_outcome: "ras_3_1", legal_review_cleared: "2009-08-14" },
  ibsa: { legal_review_cleared: "2010-03-01" },
  japan: { dwcp_outcome: "ras_3_1", partner_s_focal_point: "Mr Sato Hiroshi, international affairs division (invented)" },
  korea: { legal_review_cleared: "2004-05-30", partner_s_focal_point: "Ms Kim Ji-won, Ministry of Employment and Labor (invented)" },
  singapore: { legal_review_cleared: "2008-04-21" },
  "laos-triangular": { dwcp_outcome: "la_1_2", legal_review_cleared: "2011-01-25", partner_s_focal_point: "Mr Phonsavanh, labour inspection department (invented)" },
  bp: { dwcp_outcome: "id_1_1", legal_review_cleared: "2011-07-15", partner_s_focal_point: "Ms Rina Wulandari, social investment (invented)" },
  ifc: { dwcp_outcome: "kh_2_1", legal_review_cleared: "2006-09-12" },
  "vietnam-draft": { dwcp_outcome: "vn_1_2" },
};

const PARTNER_VALUES: Record<string, StoredValues> = {
  bp: { un_global_compact_participant: true },
  mekong: { un_global_compact_participant: false },
  ifc: { un_global_compact_participant: true },
};

const PROJECT_VALUES: Record<string, StoredValues> = {
  "KHM/01/01/IFC": { sdg_targets: ["8_5", "8_8"] },
  "VNM/09/01/IFC": { sdg_targets: ["5_5", "8_8"] },
  "IDN/11/01/IFC": { sdg_targets: ["8_8"] },
  "IDN/11/02/BPI": { sdg_targets: ["4_4", "8_5"] },
  "RAS/13/02/SGP": { sdg_targets: ["8_8"] },
  "RAS/12/03/JPN": { sdg_targets: ["8_5", "10_7"] },
  "RAS/15/01/KOR": { sdg_targets: ["8_5"] },
};

/** Defines the demo's fields and writes the demo records' values (with their search words). */
export async function seedCustomFields(
  tx: Prisma.TransactionClient,
  ids: { agreement: (key: string) => string; organisation: (key: string) => string; project: (code: string) => string },
): Promise<void> {
  const definitions: (FieldDefinition & { entity: CustomFieldEntity })[] = [];
  for (const [i, f] of DEMO_FIELDS.entries()) {
    const options = (f.options ?? []).map(([id, label]) => ({ id, label }));
    const row = await tx.customField.create({
      data: { entity: f.entity, key: f.key, label: f.label, labels: f.labels, help: f.help ?? null, type: f.type, options, partnersSee: f.partnersSee ?? false, sortOrder: i * 10 },
    });
    definitions.push({ ...f, id: row.id, help: f.help ?? null, options, required: false, partnersSee: f.partnersSee ?? false, archived: false });
  }
  const of = (entity: CustomFieldEntity) => definitions.filter((d) => d.entity === entity);
  for (const [key, values] of Object.entries(AGREEMENT_VALUES)) {
    await tx.agreement.update({ where: { id: ids.agreement(key) }, data: customData(of("AGREEMENT"), {}, values) });
  }
  for (const [key, values] of Object.entries(PARTNER_VALUES)) {
    await tx.organisation.update({ where: { id: ids.organisation(key) }, data: customData(of("ORGANISATION"), {}, values) });
  }
  for (const [code, values] of Object.entries(PROJECT_VALUES)) {
    await tx.project.update({ where: { id: ids.project(code) }, data: customData(of("PROJECT"), {}, values) });
  }
}

/** The demo's saved views: one the officer shares with the unit, one of their own. */
export async function seedSavedViews(tx: Prisma.TransactionClient, officerId: string): Promise<void> {
  await tx.savedView.create({ data: { ownerId: officerId, list: "agreements", name: "Expiring within a year", query: canonicalQuery(new URLSearchParams("expiringWithin=365&sort=expiry")), shared: true } });
  await tx.savedView.create({
    data: {
      ownerId: officerId,
      list: "agreements",
      name: "Regional outcome, with focal points",
      query: canonicalQuery(new URLSearchParams("cf.dwcp_outcome=ras_3_1&show=dwcp_outcome,partner_s_focal_point")),
      shared: false,
    },
  });
}
