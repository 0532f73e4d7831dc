import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";

/** The one-page PDF summary for briefings (a file, so a plain link rather than client navigation). */
export function SummaryPdfLink({ agreementId }: { agreementId: string }) {
  const t = useTranslations("agreements.page");
  return (
    <a href={`/agreements/${agreementId}/summary.pdf`} target="_blank" rel="noopener" className={buttonClass("secondary", "")}>
      {t("summaryPdf")}
    </a>
  );
}
