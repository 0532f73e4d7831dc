// The one-page agreement summary for briefings, as a PDF: parties, dates, status, meetings,
// action items and projects, as the viewer may see them (it is drawn from findAgreement).
// What does not fit on the page is counted, not dropped silently.
import PDFDocument from "pdfkit";
import { actionItemStatuses, agreementStatuses, amendmentKinds, healths, instruments, meetingStatuses, modalities, partyRoles, projectLifecycles } from "@/lib/domain/codelists";
import { displayDate, displayMoney } from "@/lib/domain/format";
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

export function agreementSummaryPdf(a: AgreementDetail, options: { printedOn: Date; compress?: boolean }): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margin: MARGIN, compress: options.compress ?? true, info: { Title: pdfText(a.title), Subject: a.reference } });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  const width = doc.page.width - 2 * MARGIN;
  const bottom = doc.page.height - MARGIN - 24; // room for the footer

  const fits = (lines = 1) => doc.y + lines * 12 < bottom;
  const heading = (text: string) => {
    if (!fits(3)) return false;
    doc.moveDown(0.6).font("Helvetica-Bold").fontSize(11).fillColor("#0f2a4a").text(text, MARGIN, doc.y, { width });
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
    if (written < lines.length) doc.fillColor("#64748b").text(`… and ${lines.length - written} more (see the full record).`, MARGIN + 8).fillColor("#1e293b");
  };

  doc.font("Helvetica").fontSize(8).fillColor("#64748b").text(pdfText(`${a.reference} · Agreement summary · printed ${displayDate(options.printedOn)}`), { width });
  doc.moveDown(0.3).font("Helvetica-Bold").fontSize(16).fillColor("#0f172a").text(pdfText(a.title), { width });
  doc.moveDown(0.2).font("Helvetica").fontSize(10).fillColor("#334155")
    .text(pdfText(`${agreementStatuses[a.status].label} · ${instruments[a.instrument].label} · ${modalities[a.modality].label}`), { width });

  heading("Key facts");
  const facts: [string, string][] = [
    ["Signed", displayDate(a.signedOn)],
    ["In effect from", displayDate(a.effectiveOn)],
    ["Expires", displayDate(a.expiresOn, "Open-ended")],
    ["Meetings", a.meetingCycleMonths ? `every ${a.meetingCycleMonths} months` : "no cycle set"],
    ["Contribution", displayMoney(a.contributionAmount, a.contributionCurrency)],
    ["Countries", a.countries.length ? a.countries.join(", ") : "Regional"],
    ["Themes", a.themes.map((t) => t.theme.label).join(", ") || "—"],
    ["Responsible officer", a.responsibleOfficer?.name ?? "—"],
  ];
  if (a.renews) facts.push(["Renews", `${a.renews.reference} ${a.renews.title}`]);
  if (a.renewedBy) facts.push(["Renewed by", `${a.renewedBy.reference} ${a.renewedBy.title}`]);
  for (const [label, value] of facts) {
    const y = doc.y;
    doc.font("Helvetica-Bold").text(label, MARGIN + 8, y, { width: 110 });
    doc.font("Helvetica").text(pdfText(value), MARGIN + 120, y, { width: width - 120 });
  }

  if (heading("Parties")) list(a.parties.map((p) => `${p.organisation.name}${p.organisation.acronym ? ` (${p.organisation.acronym})` : ""}: ${partyRoles[p.role].label}`), "No parties recorded.");
  if (a.summary && heading("Summary")) {
    const summary = a.summary.length > 600 ? `${a.summary.slice(0, 600)}…` : a.summary;
    doc.text(pdfText(summary), MARGIN + 8, doc.y, { width: width - 8 });
  }
  if (a.amendments.length && heading("Amendments")) {
    list(a.amendments.map((m) => `${m.number}. ${amendmentKinds[m.kind].label}, signed ${displayDate(m.signedOn)}: ${m.summary}`), "");
  }
  if (heading("Meetings")) list(a.meetings.map((m) => `${displayDate(m.heldOn)} · ${m.title} · ${meetingStatuses[m.status].label}`), "No meetings recorded.");
  const items = a.meetings.flatMap((m) => m.actionItems).sort((x, y) => Number(!OPEN.includes(x.status)) - Number(!OPEN.includes(y.status)));
  if (heading("Action items")) {
    list(
      items.map((i) => {
        const overdue = i.dueOn && i.dueOn < options.printedOn && OPEN.includes(i.status);
        return `${i.description} · ${i.ownerOrganisation?.acronym ?? i.ownerOrganisation?.name ?? "not assigned"} · due ${displayDate(i.dueOn, "—")} · ${overdue ? "OVERDUE" : actionItemStatuses[i.status].label}`;
      }),
      "No action items.",
    );
  }
  if (heading("Projects")) {
    list(a.projects.map((p) => `${p.code} ${p.title} · ${projectLifecycles[p.lifecycle].label} · ${p.statusReports[0] ? healths[p.statusReports[0].health].label : "no status report"}`), "No projects.");
  }

  doc.page.margins.bottom = 0; // the footer sits in the bottom margin: without this pdfkit starts a page
  doc.font("Helvetica").fontSize(7).fillColor("#94a3b8").text("Partnership records · Regional Unit for Partnerships", MARGIN, doc.page.height - MARGIN - 8, { width, align: "center", lineBreak: false });
  doc.end();
  return done;
}
