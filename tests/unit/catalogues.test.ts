// The catalogues under messages/: every language has every English key, with the same
// placeholders, and every message formats. A key missing in one language would show the reader
// its key; a renamed placeholder would show "{count}" instead of a number.
import { readFileSync } from "node:fs";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { LOCALES, fromAcceptLanguage } from "@/lib/i18n/locales";

type Tree = { [key: string]: string | Tree };
const catalogue = (locale: string): Tree => JSON.parse(readFileSync(`messages/${locale}.json`, "utf8"));

function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

/** The arguments an ICU message takes, branches of plurals and selects included (a small reader of ICU's syntax). */
function placeholders(message: string): string[] {
  const names = new Set<string>();
  let i = 0;
  const skipSpaces = () => {
    while (/\s/.test(message[i] ?? "")) i++;
  };
  const word = () => {
    skipSpaces();
    const start = i;
    while (i < message.length && !/[\s,{}]/.test(message[i])) i++;
    return message.slice(start, i);
  };
  // A message up to the "}" that closes it (or the end); arguments inside are read by argument().
  const text = () => {
    while (i < message.length && message[i] !== "}") {
      if (message[i] === "'" && message[i + 1] === "{") i = message.indexOf("'", i + 1) + 1 || message.length;
      else if (message[i] === "{") argument();
      else i++;
    }
  };
  const argument = () => {
    i++; // {
    names.add(word());
    skipSpaces();
    if (message[i] === ",") {
      i++;
      const type = word();
      skipSpaces();
      if (message[i] === ",") {
        i++;
        if (["plural", "select", "selectordinal"].includes(type)) {
          for (skipSpaces(); message[i] !== "}" && i < message.length; skipSpaces()) {
            word(); // the branch's key
            skipSpaces();
            i++; // {
            text();
            i++; // }
          }
        } else while (i < message.length && message[i] !== "}") i++; // a number or date style
      }
    }
    i++; // }
  };
  text();
  return [...names].sort();
}

/** The rich-text tags a message wraps words in: `<link>sign in</link>`. */
const tagsOf = (message: string) => [...new Set([...message.matchAll(/<(\w+)>/g)].map((m) => m[1]))].sort();

/** Whether a message has words of its own, beyond its placeholders and punctuation. */
const hasWords = (message: string) => /\p{L}{2}/u.test(message.replace(/\{\s*\w+\s*\}/g, ""));

const english = leaves(catalogue("en"));

// Words that are the same in a translation are listed here, so a forgotten one is not.
const SAME_AS_ENGLISH: Record<string, string[]> = {
  en: [],
  fr: ["common.menu", "codes.resultTypes.IMPACT", "table.actions", "table.pages", "agreements.page.parties", "agreements.page.contribution", "agreements.amendments.contribution", "documents.title", "notifications.title", "projects.page.budget", "meetings.page.participants", "filters.instrument", "partners.list.organisation", "partners.page.contacts", "forms.rows.parties.title", "forms.agreement.instrument", "forms.agreement.dates", "forms.feedback.note", "forms.meeting.date", "forms.meeting.participants", "forms.meeting.item", "forms.project.code", "forms.project.budget", "forms.partner.contacts", "forms.commitment.description", "forms.instalment.condition", "forms.results.description", "admin.usersPage.organisation", "admin.iati.public", "admin.email.message", "admin.diligence.sources", "audit.action", "audit.kinds.Document", "pdf.contribution", "pdf.parties", "exports.columns.instrument", "exports.columns.parties", "exports.columns.contribution", "exports.columns.date", "exports.columns.contacts", "exports.columns.code", "exports.columns.budget", "exports.columns.condition", "forms.importColumns.instrument", "forms.importColumns.contributionAmount", "forms.importColumns.parties", "forms.importColumns.condition", "forms.customField.types.DATE", "forms.customField.type", "forms.customField.options", "forms.customField.optionN", "forms.customField.newOptions", "forms.opportunity.closeNote", "forms.conversion.instrument"],
  es: ["codes.modalities.BILATERAL", "codes.modalities.TRIANGULAR", "documents.sizeMb", "documents.sizeKb", "pdf.regional", "exports.no", "agreements.actionItems.comment", "forms.customFields.no", "filters.no", "codes.opportunityStages.IDEA"],
  ar: ["forms.rates.monthHint"],
};

describe.each(LOCALES)("the %s catalogue", (locale) => {
  const messages = leaves(catalogue(locale));

  it("has every English key and no other", () => {
    expect([...messages.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it("takes the same placeholders and tags as English in every message", () => {
    const differing = [...english].filter(
      ([key, source]) => messages.has(key) && (placeholders(messages.get(key)!).join() !== placeholders(source).join() || tagsOf(messages.get(key)!).join() !== tagsOf(source).join()),
    );
    expect(differing.map(([key]) => key)).toEqual([]);
  });

  it("formats every message, plurals and selects included, without an error", () => {
    const errors: string[] = [];
    const t = createTranslator({ locale, messages: catalogue(locale), onError: (error) => errors.push(error.message) });
    for (const [key, message] of messages) {
      const values = Object.fromEntries(placeholders(message).map((name) => [name, name === "unit" ? "minutes" : 3]));
      const tags = tagsOf(message);
      if (tags.length === 0) expect(t(key as never, values as never)).not.toBe(key);
      else expect(t.markup(key as never, { ...values, ...Object.fromEntries(tags.map((tag) => [tag, (chunks: string) => `[${chunks}]`])) } as never)).toMatch(/\[.+\]/);
    }
    expect(errors).toEqual([]);
  });

  it("leaves no message empty or still in English where English is not the language", () => {
    const empty = [...messages].filter(([, message]) => !message.trim());
    expect(empty).toEqual([]);
    if (locale === "en") return;
    const same = new Set(SAME_AS_ENGLISH[locale]);
    const untranslated = [...messages].filter(([key, message]) => english.get(key) === message && hasWords(message) && !same.has(key));
    expect(untranslated.map(([key]) => key)).toEqual([]);
  });
});

describe("a count", () => {
  // A count a reader may meet as one: the noun (and the verb) agree with it.
  const say = (locale: string, key: string, values: Record<string, number>) => createTranslator({ locale, messages: catalogue(locale) })(key as never, values as never);
  it("agrees with its noun in English and French", () => {
    expect(say("en", "audit.intro", { total: 1 })).toMatch(/ 1 event\.$/);
    expect(say("en", "audit.intro", { total: 2 })).toMatch(/ 2 events\.$/);
    expect(say("en", "forms.assessment.validUntilHint", { years: 1 })).toBe("Empty: 1 year after the assessment.");
    expect(say("en", "forms.import.needCorrecting", { invalid: 1, total: 3 })).toBe("1 of 3 rows needs correcting");
    expect(say("en", "problems.rowsHaveErrors", { invalid: 2, total: 3, lines: 4 })).toMatch(/^2 of 3 rows have errors \(lines 4\)/);
    expect(say("fr", "forms.import.needCorrecting", { invalid: 1, total: 3 })).toBe("1 ligne sur 3 est à corriger");
    expect(say("fr", "forms.assessment.validUntilHint", { years: 1 })).toBe("Vide\u00a0: 1 an après l'évaluation.");
  });
});

describe("the browser's language", () => {
  it("is the first of ours it asks for, by weight", () => {
    expect(fromAcceptLanguage("fr-CH, fr;q=0.9, en;q=0.8")).toBe("fr");
    expect(fromAcceptLanguage("de-DE, es;q=0.5, ar;q=0.7")).toBe("ar");
    expect(fromAcceptLanguage("en;q=0.2, es")).toBe("es");
  });

  it("is none when it asks for none of ours, or for nothing", () => {
    expect(fromAcceptLanguage("de, ja;q=0.8")).toBeNull();
    expect(fromAcceptLanguage("*")).toBeNull();
    expect(fromAcceptLanguage("fr;q=0")).toBeNull();
    expect(fromAcceptLanguage("")).toBeNull();
    expect(fromAcceptLanguage(null)).toBeNull();
  });
});

describe("codelist labels", () => {
  it("in English are the codelists' own labels (exports and IATI use those)", async () => {
    const codelists = await import("@/lib/domain/codelists");
    const codes = catalogue("en").codes as Record<string, Record<string, string>>;
    for (const [list, labels] of Object.entries(codes)) {
      const entries = (codelists as unknown as Record<string, Record<string, { label: string }>>)[list];
      expect(Object.fromEntries(Object.entries(entries).map(([code, entry]) => [code, entry.label])), list).toEqual(labels);
    }
  });
});

describe("the placeholder reader these checks rely on", () => {
  it("finds arguments in text and in branches, and not the branches' own words", () => {
    expect(placeholders("{n, plural, one {# item for {who}} other {items}} by {date} {ended, select, yes {ended} other {ends}}")).toEqual(["date", "ended", "n", "who"]);
    expect(placeholders("No arguments at all.")).toEqual([]);
  });
});
