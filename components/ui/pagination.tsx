import Link from "next/link";
import { useTranslations } from "next-intl";

/** Previous / next links that keep the rest of the URL's query. */
export function Pagination({
  page,
  pageCount,
  total,
  href,
}: {
  page: number;
  pageCount: number;
  total: number;
  href: (page: number) => string;
}) {
  const t = useTranslations("table");
  if (pageCount <= 1) return null;
  const link = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50";
  return (
    <nav aria-label={t("pages")} className="flex flex-wrap items-center justify-between gap-2 text-sm text-slate-600">
      <span>{t("pageOf", { page, pageCount, total })}</span>
      <span className="flex flex-wrap gap-2">
        {page > 1 && (
          <Link className={link} href={href(page - 1)} rel="prev">
            {t("previous")}
          </Link>
        )}
        {page < pageCount && (
          <Link className={link} href={href(page + 1)} rel="next">
            {t("next")}
          </Link>
        )}
      </span>
    </nav>
  );
}
