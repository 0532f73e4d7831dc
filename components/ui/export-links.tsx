import { useTranslations } from "next-intl";
import { ButtonLink } from "./button";

/** "Export CSV" and "Export Excel" for a filtered list; `href` gives each format's address. */
export function ExportLinks({ href }: { href: (format: "csv" | "xlsx") => string }) {
  const t = useTranslations("common");
  return (
    <span className="flex flex-wrap gap-2">
      <ButtonLink variant="secondary" href={href("csv")} prefetch={false}>
        {t("exportCsv")}
      </ButtonLink>
      <ButtonLink variant="secondary" href={href("xlsx")} prefetch={false}>
        {t("exportExcel")}
      </ButtonLink>
    </span>
  );
}
