import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ButtonLink } from "@/components/ui/button";
import { Section } from "@/components/ui/section";
import { ATTENTION_KINDS, attentionItems, type AttentionKind } from "@/lib/attention/queries";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/policy";

export const metadata: Metadata = { title: "What needs attention" };

export default async function HomePage({ searchParams }: { searchParams: Promise<{ scope?: string }> }) {
  const viewer = await requireViewer();
  if (viewer.role === "PARTNER" || !can(viewer, "read", "Agreement")) notFound();
  const unitWide = (await searchParams).scope === "unit";
  const items = await attentionItems();
  const mine = items.filter((i) => i.officerId === viewer.userId);
  const shown = unitWide ? items : mine;
  const tab = (active: boolean) =>
    `rounded-md px-3 py-1.5 text-sm ${active ? "bg-brand-600 text-white" : "border border-slate-300 bg-white text-slate-700 hover:bg-slate-50"}`;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">What needs attention</h1>
          <p className="mt-1 text-sm text-slate-600">
            {shown.length === 0 ? "Nothing needs attention now." : `${shown.length} ${shown.length === 1 ? "thing" : "things"} to act on`}
            {unitWide ? " across the unit." : " in the agreements and projects you are responsible for."}
          </p>
        </div>
        <nav aria-label="Whose" className="flex gap-2">
          <Link href="/home" className={tab(!unitWide)} aria-current={!unitWide ? "page" : undefined}>
            Mine ({mine.length})
          </Link>
          <Link href="/home?scope=unit" className={tab(unitWide)} aria-current={unitWide ? "page" : undefined}>
            Whole unit ({items.length})
          </Link>
        </nav>
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        {(Object.keys(ATTENTION_KINDS) as AttentionKind[]).map((kind) => {
          const list = shown.filter((i) => i.kind === kind);
          return (
            <Section key={kind} title={`${ATTENTION_KINDS[kind]} (${list.length})`}>
              {list.length === 0 ? (
                <p className="text-sm text-slate-500">Nothing here.</p>
              ) : (
                <ul className="divide-y divide-slate-100">
                  {list.map((item) => (
                    <li key={item.key} className="flex items-start justify-between gap-4 py-3 first:pt-0 last:pb-0">
                      <div className="min-w-0">
                        <Link href={item.href} className="font-medium text-brand-700 hover:underline">
                          {item.title}
                        </Link>
                        <p className="text-xs text-slate-500">{item.detail}</p>
                      </div>
                      {can(viewer, "update", "Agreement") && (
                        <ButtonLink variant="secondary" href={item.action.href} className="shrink-0 whitespace-nowrap">
                          {item.action.label}
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
