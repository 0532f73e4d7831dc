// The demo's documents (issue 30), generated with their text: the signed ILO/ADB MOU (a PDF with a
// text layer), the minutes of the 2025 ILO/ASEAN review (a Word document) and a letter from BP about
// the Teluk Bintuni vocational training centre scanned (an image-only PDF: only OCR reads it). Their
// wording is INVENTED in the spirit of the brochure. They wait to be read, as any upload does: the
// app reads them a few seconds after it starts.
import crypto from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { scannedPdf, textPdf, wordFile } from "@/lib/documents/samples";

interface DemoDocument {
  filename: string;
  mediaType: string;
  bytes: Uint8Array;
  sharedWithPartners: boolean;
  /** The agreement's demo key, or the meeting's title. */
  on: { agreement: string } | { meeting: string };
}

export const EXCHANGE_SENTENCE = "The Parties shall exchange labour market information at least once a year.";

export async function demoDocumentFiles(): Promise<DemoDocument[]> {
  return [
    {
      filename: "ILO-ADB MOU signed.pdf",
      mediaType: "application/pdf",
      sharedWithPartners: true,
      on: { agreement: "adb" },
      bytes: await textPdf([
        [
          "Memorandum of Understanding between the International Labour Organization and the Asian Development Bank",
          "The International Labour Organization (ILO) and the Asian Development Bank (ADB), hereinafter the Parties, sharing the aim of productive employment and decent work in Asia and the Pacific, have agreed as follows.",
          "Article 1. Purpose. This Memorandum sets out a framework for cooperation in labour market information, technical and vocational education and training (TVET) and skills, and green jobs.",
          `Article 2. Labour market information. ${EXCHANGE_SENTENCE} They shall consult each other on surveys of the labour force they plan in the same country.`,
        ],
        [
          "Article 3. Meetings and Article 4. Final provisions",
          "Article 3. The Parties shall meet once a year to review their cooperation and agree the activities of the following year.",
          "Article 4. This Memorandum enters into force on signature. It may be amended by an exchange of letters and terminated by either Party with six months' written notice.",
          "Signed in Manila, in two originals in English. For the International Labour Organization: Regional Director for Asia and the Pacific. For the Asian Development Bank: Director General, Sustainable Development and Climate Change Department.",
        ],
      ]),
    },
    {
      filename: "ILO-ASEAN review 2025 minutes.docx",
      mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      sharedWithPartners: true,
      on: { meeting: "ILO/ASEAN yearly review 2025" },
      bytes: wordFile([
        [
          "Minutes of the ILO/ASEAN yearly review, Jakarta, 14 May 2025",
          "Present: Siti Rahman, Labour and Civil Service Division (ASEAN); Olivia Officer, Regional Unit for Partnerships (ILO); the OSH specialist of the Decent Work Team Bangkok (ILO).",
          "1. Review of the 2024 work plan. The parties reviewed the 2024 work plan and found its activities completed but one.",
        ],
        [
          "2. ASEAN OSH network. The parties agreed the ASEAN guide on occupational safety and health for small enterprises (the OSH guide), to be published in English and translated by the Member States.",
          "3. Labour migration forum. The parties agreed to co-organise the ASEAN Forum on Migrant Labour in October 2025.",
          "The parties agreed three cooperation activities for 2025-2026.",
        ],
      ]),
    },
    {
      filename: "BP letter Teluk Bintuni training centre (scan).pdf",
      mediaType: "application/pdf",
      sharedWithPartners: true,
      on: { agreement: "bp" },
      bytes: await scannedPdf([
        [
          "BP Indonesia",
          "Jakarta, 3 March 2026",
          "",
          "To the Director, ILO Country Office for Indonesia",
          "",
          "Subject: Teluk Bintuni vocational training centre",
          "",
          "We confirm our support for the vocational training centre",
          "in Teluk Bintuni for a further two years. The welding and",
          "electrical courses will take forty young Papuan trainees",
          "each year, and BP will offer apprenticeships to graduates.",
          "",
          "Yours sincerely,",
          "Head of Social Investment, BP Indonesia",
        ],
      ]),
    },
  ];
}

export async function seedDocuments(
  tx: Prisma.TransactionClient,
  files: DemoDocument[],
  ids: { agreement: (key: string) => string; officer: string },
) {
  for (const { on, bytes, ...file } of files) {
    const parent = "agreement" in on ? { agreementId: ids.agreement(on.agreement) } : { meetingId: (await tx.meeting.findFirstOrThrow({ where: { title: on.meeting } })).id };
    await tx.document.create({
      data: {
        ...parent,
        ...file,
        sizeBytes: bytes.length,
        sha256: crypto.createHash("sha256").update(bytes).digest("hex"),
        uploadedById: ids.officer,
        content: { create: { bytes: Buffer.from(bytes) } },
      },
    });
  }
}
