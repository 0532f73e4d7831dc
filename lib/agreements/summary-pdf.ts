// The one-page agreement summary for briefings, as a PDF: parties, dates, status, meetings,
// action items and projects, as the viewer may see them (it is drawn from findAgreement).
// What does not fit on the page is counted, not dropped silently. It is written in the reader's
// language, except Arabic: the PDF standard fonts hold no Arabic letters (nor does pdfkit lay out
// right-to-left text), so an Arabic reader's summary is printed in English.
import PDFDocument from "pdfkit";
import { formatsFor } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { msg, type MessageValue } from "@/lib/i18n/message";
import { say } from "@/lib/i18n/say";
import type { AgreementDetail } from "./queries";

// The PDF standard fonts encode Windows-1252 only: other letters lose their accents ("Việt" ->
// "Viet"), anything else becomes "?".
const WIN_ANSI_EXTRA = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";
export function pdfText(text: string): string {
  return [...text.normalize("NFC")]
    .map((ch) => {
      const code = ch.codePointAt(0)!;
      if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.includes(ch)) return ch;
      if (ch === "\n" || ch === "\t") return " ";
      const stripped = ch.normalize("NFD").replace(/\p{M}/gu, "");
      return /^[\x20-\x7e]+$/.test(stripped) ? stripped : "?";
    })
    .join("");
}

const MARGIN = 48;
const OPEN = ["OPEN", "IN_PROGRESS"];

export function agreementSummaryPdf(a: AgreementDetail, options: { printedOn: Date; locale?: Locale; compress?: boolean }): Promise<Buffer> {
  const locale: Locale = options.locale === "ar" || !options.locale ? "en" : options.locale;
  const f = formatsFor(locale);
  const words = (key: string, values?: Record<string, MessageValue>) => say(locale, msg(`pdf.${key}`, values));
  const code = (list: string, value: string) => say(locale, msg(`codes.${list}.${value}`));
  const doc = new PDFDocument({ size: "A4", margin: MARGIN, compress: options.compress ?? true, info: { Title: pdfText(a.title), Subject: a.reference } });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  const width = doc.page.width - 2 * MARGIN;
  const bottom = doc.page.height - MARGIN - 24; // room for the footer

  const fits = (lines = 1) => doc.y + lines * 12 < bottom;
  const heading = (text: string) => {
    if (!fits(3)) return false;
    doc.moveDown(0.6).font("Helvetica-Bold").fontSize(11).fillColor("#0f2a4a").text(pdfText(text), MARGIN, doc.y, { width });
    doc.moveTo(MARGIN, doc.y + 1).lineTo(MARGIN + width, doc.y + 1).strokeColor("#cbd5e1").lineWidth(0.5).stroke();
    doc.moveDown(0.3).font("Helvetica").fontSize(9).fillColor("#1e293b");
    return true;
  };
  /** Writes lines while they fit; says how many did not. */
  const list = (lines: string[], empty: string) => {
    if (lines.length === 0) lines = [empty];
    let written = 0;
    for (const line of lines) {
      if (!fits(2)) break;
      doc.text(pdfText(line), MARGIN + 8, doc.y, { width: width - 8, lineGap: 1 });
      written++;
    }
    if (written < lines.length) doc.fillColor("#64748b").text(pdfText(words("more", { n: lines.length - written })), MARGIN + 8).fillColor("#1e293b");
  };

  doc.font("Helvetica").fontSize(8).fillColor("#64748b").text(pdfText(words("header", { reference: a.reference, date: { date: options.printedOn } })), { width });
  doc.moveDown(0.3).font("Helvetica-Bold").fontSize(16).fillColor("#0f172a").text(pdfText(a.title), { width });
  doc.moveDown(0.2).font("Helvetica").fontSize(10).fillColor("#334155")
    .text(pdfText(`${code("agreementStatuses", a.status)} · ${code("instruments", a.instrument)} · ${code("modalities", a.modality)}`), { width });

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
  for (const [label, value] of facts) {
    const y = doc.y;
    doc.font("Helvetica-Bold").text(pdfText(label), MARGIN + 8, y, { width: 110 });
    doc.font("Helvetica").text(pdfText(value), MARGIN + 120, y, { width: width - 120 });
  }

  if (heading(words("parties"))) list(a.parties.map((p) => `${p.organisation.name}${p.organisation.acronym ? ` (${p.organisation.acronym})` : ""}: ${code("partyRoles", p.role)}`), words("noParties"));
  if (a.summary && heading(words("summary"))) {
    const summary = a.summary.length > 600 ? `${a.summary.slice(0, 600)}…` : a.summary;
    doc.text(pdfText(summary), MARGIN + 8, doc.y, { width: width - 8 });
  }
  if (a.amendments.length && heading(words("amendments"))) {
    list(a.amendments.map((m) => words("amendment", { n: m.number, kind: { code: ["amendmentKinds", m.kind] }, date: { date: m.signedOn }, summary: m.summary })), "");
  }
  if (heading(words("meetings"))) list(a.meetings.map((m) => `${f.date(m.heldOn)} · ${m.title} · ${code("meetingStatuses", m.status)}`), words("noMeetings"));
  const items = a.meetings.flatMap((m) => m.actionItems).sort((x, y) => Number(!OPEN.includes(x.status)) - Number(!OPEN.includes(y.status)));
  if (heading(words("actionItems"))) {
    list(
      items.map((i) => {
        const overdue = i.dueOn && i.dueOn < options.printedOn && OPEN.includes(i.status);
        const owner = i.ownerOrganisation?.acronym ?? i.ownerOrganisation?.name ?? words("notAssigned");
        return `${i.description} · ${owner} · ${words("due", { date: f.date(i.dueOn, "—") })} · ${overdue ? words("overdue") : code("actionItemStatuses", i.status)}`;
      }),
      words("noItems"),
    );
  }
  if (heading(words("projects"))) {
    list(a.projects.map((p) => `${p.code} ${p.title} · ${code("projectLifecycles", p.lifecycle)} · ${p.statusReports[0] ? code("healths", p.statusReports[0].health) : words("noStatusReport")}`), words("noProjects"));
  }

  doc.page.margins.bottom = 0; // the footer sits in the bottom margin: without this pdfkit starts a page
  doc.font("Helvetica").fontSize(7).fillColor("#94a3b8").text(pdfText(`${say(locale, msg("common.appName"))} · ${say(locale, msg("common.unitName"))}`), MARGIN, doc.page.height - MARGIN - 8, { width, align: "center", lineBreak: false });
  doc.end();
  return done;
}
