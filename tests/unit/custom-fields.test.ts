// Custom values and definitions against hostile input (property tests): whatever a forged form sends,
// the schema built from the definitions never throws, keeps only the defined fields, each of its
// own type, and refuses what does not fit with a catalogue message.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { customFieldSchema, keyOf } from "@/lib/custom-fields/schema";
import { customListQuery, customWhere } from "@/lib/custom-fields/filters";
import { customValuesSchema, withCustomFields, type FieldDefinition } from "@/lib/custom-fields/values";
import { CustomFieldType } from "@/lib/generated/prisma/enums";
import { z } from "zod";

const field = (key: string, type: CustomFieldType, more: Partial<FieldDefinition> = {}): FieldDefinition => ({
  id: key,
  key,
  label: key,
  labels: {},
  help: null,
  type,
  options: type === "ONE_OF" || type === "SEVERAL_OF" ? [{ id: "a", label: "A" }, { id: "b", label: "B" }] : [],
  required: false,
  partnersSee: false,
  archived: false,
  ...more,
});

const FIELDS = Object.values(CustomFieldType).map((type) => field(type.toLowerCase(), type));
const KEYS = FIELDS.map((f) => f.key);

const hostile = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.constantFrom("", " ", "<script>alert(1)</script>", "javascript:alert(1)", "1e309", "NaN", "-0", "2026-02-30", "0000-01-01", "yes", "no", "a", "b", "x".repeat(6000), "\u0000"),
);

describe("custom values from a hostile form", () => {
  it("never throw, keep only defined fields of their own types, and refuse with catalogue messages", () => {
    const schema = customValuesSchema(FIELDS);
    fc.assert(
      fc.property(fc.dictionary(fc.oneof(fc.constantFrom(...KEYS, "__proto__", "constructor"), fc.string()), fc.array(hostile, { maxLength: 4 })), (typed) => {
        const parsed = schema.safeParse(typed);
        if (!parsed.success) {
          for (const issue of parsed.error.issues) expect(issue.message).toMatch(/^problems\./);
          return;
        }
        for (const [key, value] of Object.entries(parsed.data)) {
          const type = FIELDS.find((f) => f.key === key)!.type;
          if (type === "NUMBER") expect(Number.isFinite(value)).toBe(true);
          else if (type === "YES_NO") expect(typeof value).toBe("boolean");
          else if (type === "SEVERAL_OF") expect((value as string[]).every((v) => v === "a" || v === "b")).toBe(true);
          else if (type === "ONE_OF") expect(["a", "b"]).toContain(value);
          else if (type === "DATE") expect(value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          else expect(typeof value).toBe("string");
        }
      }),
      { numRuns: 500 },
    );
  });

  it("a forged `custom` that is no record of lists is refused, not thrown; none at all is no values", () => {
    const schema = withCustomFields(z.object({ title: z.string() }), FIELDS);
    for (const custom of ["x", 1, [["text", "a"]], { text: "not an array" }, { text: [1] }]) {
      expect(schema.safeParse({ title: "t", custom }).success).toBe(false);
    }
    expect(schema.safeParse({ title: "t" })).toMatchObject({ success: true, data: { title: "t", custom: {} } });
    expect(schema.safeParse({ title: "t", custom: null })).toMatchObject({ success: true, data: { custom: {} } });
  });

  it("list filters from any address never throw and name only defined fields", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.oneof(fc.constantFrom(...KEYS.map((k) => `cf.${k}`), ...KEYS.map((k) => `cf.${k}.from`), "show", "cf.", "cf..from"), fc.string()), hostile)), (pairs) => {
        const query = customListQuery(new URLSearchParams(pairs));
        for (const condition of customWhere(FIELDS, query)) expect(KEYS).toContain((condition.customValues as { path: string[] }).path[0]);
      }),
      { numRuns: 300 },
    );
  });
});

describe("definitions from a hostile form", () => {
  it("never throw; a label becomes a key of lowercase letters, digits and underscores", () => {
    fc.assert(
      fc.property(hostile, hostile, fc.constantFrom(...Object.values(CustomFieldType), "WRONG"), (label, options, type) => {
        const parsed = customFieldSchema.safeParse({ entity: "AGREEMENT", label, labels: { fr: label }, help: label, type, required: false, partnersSee: false, archived: false, sortOrder: "", options: [], newOptions: options });
        if (!parsed.success) for (const issue of parsed.error.issues) expect(issue.message).toMatch(/^problems\.|^Invalid|expected/);
        expect(keyOf(label, new Set())).toMatch(/^[a-z][a-z0-9_]{0,45}$/);
      }),
      { numRuns: 300 },
    );
  });
});
