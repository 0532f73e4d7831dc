import Link from "next/link";
import { useTranslations } from "next-intl";

export interface Bar {
  label: string;
  value: number;
  href: string;
  /** Tailwind background class of the bar. */
  color?: string;
  /** What the value says, when not the count itself (e.g. an amount). */
  display?: string;
}

/** Horizontal bars, each a link to the list it counts. Widths are relative to the largest bar. */
export function BarChart({ bars, empty, label }: { bars: Bar[]; empty?: string; label: string }) {
  const t = useTranslations("dashboard");
  if (bars.length === 0) return <p className="text-sm text-slate-500">{empty ?? t("nothingToShow")}</p>;
  const max = Math.max(...bars.map((b) => b.value), 1);
  return (
    <ul aria-label={label} className="space-y-2">
      {bars.map((bar) => (
        <li key={bar.label}>
          <Link href={bar.href} className="group grid grid-cols-[minmax(5rem,11rem)_minmax(0,1fr)_auto] items-center gap-3 text-sm">
            <span className="truncate text-slate-700 group-hover:text-brand-700" title={bar.label}>
              {bar.label}
            </span>
            <span className="h-3 rounded-sm bg-slate-100" aria-hidden>
              <span className={`block h-3 rounded-sm ${bar.color ?? "bg-brand-600"} group-hover:opacity-80`} style={{ width: `${Math.max(2, (bar.value / max) * 100)}%` }} />
            </span>
            <span className="min-w-8 text-end font-medium tabular-nums text-slate-900 group-hover:text-brand-700">{bar.display ?? bar.value}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** A big figure with its caption, linking to the list behind it. */
export function Figure({ value, label, href, tone = "text-slate-900", hint }: { value: number | string; label: string; href: string; tone?: string; hint?: string }) {
  return (
    <Link href={href} className="block rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-100 hover:bg-brand-50/40">
      <span className={`block text-3xl font-semibold tabular-nums ${tone}`}>{value}</span>
      <span className="mt-1 block text-sm text-slate-600">{label}</span>
      {hint && <span className="mt-0.5 block text-xs text-slate-500">{hint}</span>}
    </Link>
  );
}
