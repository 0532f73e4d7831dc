import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import { Section } from "@/components/ui/section";
import { DECISION_NOTICE_DAYS } from "@/lib/pipeline/queries";
import { ATTENTION_KINDS, EXPIRY_NOTICE_DAYS, homeAttention, UPCOMING_MEETING_DAYS, type AttentionKind } from "@/lib/attention/queries";
import { isoDate, today } from "@/lib/domain/format";
import { getSay } from "@/lib/i18n/server";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/policy";
import { ownOffices } from "@/lib/offices/reach";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("home"))("title") };
}

type Scope = "mine" | "office" | "unit";

/** Items shown per kind; the rest are a link away. */
const SHOWN = 8;

export default async function HomePage({ searchParams }: { searchParams: Promise<{ scope?: string }> }) {
  const viewer = await requireViewer();
  if (viewer.role === "PARTNER" || !can(viewer, "read", "Agreement")) notFound();
  const requested = (await searchParams).scope;
  const scope: Scope = requested === "unit" || requested === "office" ? requested : "mine";
  const on = today();
  const [{ mine, office, unit }, t, say] = await Promise.all([homeAttention(on, viewer.userId, await ownOffices(viewer), SHOWN), getTranslations(), getSay()]);
  const shown = { mine, office, unit }[scope];
  const total = (counts: Record<AttentionKind, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
  // The lists behind each kind, filtered as the view is: by the officer, or by their office (and those below it).
  const whose = scope === "mine" ? `&officer=${viewer.userId}` : scope === "office" && viewer.officeId ? `&office=${viewer.officeId}` : "";
  const until = (days: number) => isoDate(new Date(on.getTime() + days * 86_400_000));
  // Where the rest of each kind is listed.
  const more: Record<AttentionKind, string> = {
    "agreement-expiring": `/agreements?expiringWithin=${EXPIRY_NOTICE_DAYS}${whose}`,
    "meeting-overdue": `/agreements?meetingOverdue=1${whose}`,
    "meeting-upcoming": `/meetings?status=PLANNED&from=${isoDate(on)}&to=${until(UPCOMING_MEETING_DAYS)}`,
    "action-overdue": `/action-items?state=overdue${whose}`,
    "report-missing": "/projects?lifecycle=ACTIVE&sort=ends",
    "instalment-overdue": `/agreements?instalmentOverdue=1${whose}`,
    "partner-report-due": "/reports?show=overdue",
    "partner-report-waiting": "/reports?show=waiting",
    "assessment-expiring": "/dashboard#due-diligence",
    "sanctions-match": "/dashboard#due-diligence",
    "opportunity-step-overdue": `/pipeline?stepOverdue=1${whose}`,
    "opportunity-decision-soon": `/pipeline?decisionWithin=${DECISION_NOTICE_DAYS}&sort=decision${whose}`,
  };
  const tab = (active: boolean) =>
    `rounded-md px-3 py-1.5 text-sm ${active ? "bg-brand-600 text-white" : "border border-slate-300 bg-white text-slate-700 hover:bg-slate-50"}`;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">{t("home.title")}</h1>
          <p className="mt-1 text-sm text-slate-600">{t("home.summary", { count: total(shown.counts), scope })}</p>
        </div>
        <nav aria-label={t("home.whose")} className="flex flex-wrap gap-2">
          {(["mine", "office", "unit"] as const).map((view) => (
            <Link key={view} href={view === "mine" ? "/home" : `/home?scope=${view}`} className={tab(scope === view)} aria-current={scope === view ? "page" : undefined}>
              {t(`home.${view}`, { count: total({ mine, office, unit }[view].counts) })}
            </Link>
          ))}
        </nav>
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        {ATTENTION_KINDS.map((kind) => {
          const list = shown.items.filter((i) => i.kind === kind);
          const count = shown.counts[kind];
          return (
            <Section
              key={kind}
              title={t("home.kind", { kind: t(`attention.kinds.${kind}`), count })}
              action={
                count > list.length && (
                  <Link href={more[kind]} className="text-sm text-brand-600 hover:underline">
                    {t("home.all", { count })}
                  </Link>
                )
              }
            >
              {list.length === 0 ? (
                <p className="text-sm text-slate-500">{t("home.nothing")}</p>
              ) : (
                <ul className="divide-y divide-slate-100">
                  {list.map((item) => (
                    <li key={item.key} className="flex flex-wrap items-start justify-between gap-4 py-3 first:pt-0 last:pb-0">
                      <div className="min-w-0">
                        <Link href={item.href} className="font-medium text-brand-700 hover:underline">
                          {say(item.title)}
                        </Link>
                        <p className="text-xs text-slate-500">{say(item.detail)}</p>
                      </div>
                      {can(viewer, "update", "Agreement", item.officeId ? { officeId: item.officeId } : undefined) && (
                        <ButtonLink variant="secondary" href={item.action.href} className="shrink-0 whitespace-nowrap">
                          {say(item.action.label)}
                        </ButtonLink>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </Section>
          );
        })}
      </div>
    </div>
  );
}
