// The one-page agreement summary for briefings, as a PDF: parties, dates, status, the custom fields,
// meetings, action items and projects, as the viewer may see them (it is drawn from findAgreement,
// which keeps the rest out), in the reader's language and its direction. What does not fit on the
// page is counted, not dropped silently.
import PDFDocument from "pdfkit";
import { labelIn, valueInWords, type StoredValue } from "@/lib/custom-fields/definition";
import { formatsFor } from "@/lib/i18n/format";
import { direction, type Locale } from "@/lib/i18n/locales";
import { msg, type MessageValue } from "@/lib/i18n/message";
import { say } from "@/lib/i18n/say";
import { isolate, pdfLines, type Align, type Style } from "@/lib/pdf/lines";
import type { AgreementDetail } from "./queries";

const MARGIN = 48;
const OPEN = ["OPEN", "IN_PROGRESS"];
const BODY: Style = { font: "regular", size: 9, color: "#1e293b" };
const LABEL: Style = { ...BODY, font: "bold" };
const MUTED: Style = { ...BODY, color: "#64748b" };
const CUSTOM_FACTS_MAX = 12;

export function agreementSummaryPdf(a: AgreementDetail, options: { printedOn: Date; locale?: Locale; compress?: boolean }): Promise<Buffer> {
  const locale = options.locale ?? "en";
  const f = formatsFor(locale);
  const words = (key: string, values?: Record<string, MessageValue>) => say(locale, msg(`pdf.${key}`, values));
  const code = (list: string, value: string) => say(locale, msg(`codes.${list}.${value}`));
  const doc = new PDFDocument({ size: "A4", margin: MARGIN, compress: options.compress ?? true, lang: locale, displayTitle: true, info: { Title: a.title, Subject: a.reference } });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  const width = doc.page.width - 2 * MARGIN;
  const bottom = doc.page.height - MARGIN - 24; // room for the footer
  const pdf = pdfLines(doc, direction(locale), { left: MARGIN, width });
  let y = MARGIN;

  /** Writes the text's lines while they fit; says whether all did. */
  const write = (text: string, style: Style, place: { inset?: number; width?: number; align?: Align; at?: number } = {}) => {
    const inset = place.inset ?? 0;
    const boxWidth = place.width ?? width - inset;
    pdf.style(style);
    let at = place.at ?? y;
    for (const line of pdf.paragraph(text, boxWidth)) {
      if (at + pdf.lineHeight() > bottom) return false;
      line(at, inset, place.align);
      at += pdf.lineHeight() + 1;
    }
    y = Math.max(y, at);
    return true;
  };
  const fits = (lines = 1) => y + lines * 12 < bottom;
  const heading = (text: string) => {
    if (!fits(3)) return false;
    y += 8;
    write(text, { font: "bold", size: 11, color: "#0f2a4a" });
    doc.moveTo(MARGIN, y).lineTo(MARGIN + width, y).strokeColor("#cbd5e1").lineWidth(0.5).stroke();
    y += 4;
    return true;
  };
  /** Writes list lines while they fit; says how many did not. */
  const list = (lines: string[], empty: string) => {
    if (lines.length === 0) lines = [empty];
    let written = 0;
    for (const line of lines) {
      if (!fits(2) || !write(line, BODY, { inset: 8 })) break;
      written++;
    }
    if (written < lines.length) write(words("more", { n: lines.length - written }), MUTED, { inset: 8 });
  };

  write(words("header", { reference: isolate(a.reference), date: { date: options.printedOn } }), { ...MUTED, size: 8 });
  y += 4;
  write(isolate(a.title), { font: "bold", size: 16, color: "#0f172a" });
  y += 2;
  write(`${code("agreementStatuses", a.status)} · ${code("instruments", a.instrument)} · ${code("modalities", a.modality)}`, { font: "regular", size: 10, color: "#334155" });

  heading(words("keyFacts"));
  const facts: [string, string][] = [
    [words("signed"), f.date(a.signedOn)],
    [words("inEffect"), f.date(a.effectiveOn)],
    [words("expires"), f.date(a.expiresOn, words("openEnded"))],
    [words("meetings"), a.meetingCycleMonths ? words("every", { n: a.meetingCycleMonths }) : words("noCycle")],
    [words("contribution"), f.money(a.contributionAmount, a.contributionCurrency)],
    [words("countries"), a.countries.length ? a.countries.join(", ") : words("regional")],
    [words("themes"), a.themes.map((t) => t.theme.label).join(", ") || "—"],
    [words("officer"), a.responsibleOfficer?.name ?? "—"],
  ];
  if (a.renews) facts.push([words("renews"), `${a.renews.reference} ${a.renews.title}`]);
  if (a.renewedBy) facts.push([words("renewedBy"), `${a.renewedBy.reference} ${a.renewedBy.title}`]);
  // The unit's own fields, after ours, as the agreement's page shows them: the first ones, so that
  // a unit with many leaves the page room for the parties and meetings (the rest are counted).
  const stored = a.customValues as Record<string, StoredValue>;
  const yesNo = (yes: boolean) => say(locale, msg(yes ? "forms.customFields.yes" : "forms.customFields.no"));
  const custom = a.customFields.filter((field) => stored[field.key] !== undefined);
  for (const field of custom.slice(0, CUSTOM_FACTS_MAX)) facts.push([labelIn(field, locale), valueInWords(field, stored[field.key], { ...f, yesNo })]);
  for (const [label, value] of facts) {
    const at = y;
    write(label, LABEL, { inset: 8, width: 110, at });
    write(isolate(value), BODY, { inset: 120, at });
  }
  if (custom.length > CUSTOM_FACTS_MAX) write(words("more", { n: custom.length - CUSTOM_FACTS_MAX }), MUTED, { inset: 8 });

  if (heading(words("parties"))) list(a.parties.map((p) => `${isolate(`${p.organisation.name}${p.organisation.acronym ? ` (${p.organisation.acronym})` : ""}`)}: ${code("partyRoles", p.role)}`), words("noParties"));
  if (a.summary && heading(words("summary"))) write(isolate(a.summary.length > 600 ? `${a.summary.slice(0, 600)}…` : a.summary), BODY, { inset: 8 });
  if (a.amendments.length && heading(words("amendments"))) {
    list(a.amendments.map((m) => words("amendment", { n: m.number, kind: { code: ["amendmentKinds", m.kind] }, date: { date: m.signedOn }, summary: isolate(m.summary) })), "");
  }
  if (heading(words("meetings"))) list(a.meetings.map((m) => `${f.date(m.heldOn)} · ${isolate(m.title)} · ${code("meetingStatuses", m.status)}`), words("noMeetings"));
  const items = a.meetings.flatMap((m) => m.actionItems).sort((x, y) => Number(!OPEN.includes(x.status)) - Number(!OPEN.includes(y.status)));
  if (heading(words("actionItems"))) {
    list(
      items.map((i) => {
        const overdue = i.dueOn && i.dueOn < options.printedOn && OPEN.includes(i.status);
        const owner = i.ownerOrganisation?.acronym ?? i.ownerOrganisation?.name ?? words("notAssigned");
        return `${isolate(i.description)} · ${isolate(owner)} · ${words("due", { date: f.date(i.dueOn, "—") })} · ${overdue ? words("overdue") : code("actionItemStatuses", i.status)}`;
      }),
      words("noItems"),
    );
  }
  if (heading(words("projects"))) {
    list(a.projects.map((p) => `${isolate(`${p.code} ${p.title}`)} · ${code("projectLifecycles", p.lifecycle)} · ${p.statusReports[0] ? code("healths", p.statusReports[0].health) : words("noStatusReport")}`), words("noProjects"));
  }

  // The footer sits in the bottom margin, below where `write` stops.
  pdf.style({ font: "regular", size: 7, color: "#94a3b8" });
  for (const line of pdf.paragraph(`${say(locale, msg("common.appName"))} · ${say(locale, msg("common.unitName"))}`, width)) line(doc.page.height - MARGIN - 8, 0, "center");
  doc.end();
  return done;
}
