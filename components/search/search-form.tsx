// What the staff's and the partners' search pages share: the form that asks for words, and how many
// of a kind were found (counted up to COUNT_UP_TO, then "n+").
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import type { Formats } from "@/lib/i18n/format";
import { useFormats } from "@/lib/i18n/use-formats";
import { COUNT_UP_TO } from "@/lib/search/everything";

export function SearchForm({ query, placeholder }: { query: string; placeholder: string }) {
  const t = useTranslations();
  return (
    <form method="get" role="search" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <label htmlFor="q" className="sr-only">
        {t("search.wordsLabel")}
      </label>
      <input id="q" name="q" type="search" defaultValue={query} placeholder={placeholder} className={`${inputClass} min-w-0 flex-1 basis-64`} />
      <Button type="submit">{t("filters.search")}</Button>
    </form>
  );
}

/** `total` as a count, or "n+" when counting stopped (`more`: the search stopped before the end). */
export function FoundCount({ total, more = false }: { total: number; more?: boolean }) {
  return <span className="text-sm font-normal text-slate-500">{foundCount(useFormats(), total, more)}</span>;
}

export const foundCount = (f: Formats, total: number, more = false) => (total > COUNT_UP_TO || more ? `${f.number(Math.min(total, COUNT_UP_TO))}+` : f.number(total));
