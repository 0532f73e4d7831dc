import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { requireViewer } from "@/lib/auth/viewer";
import { agreementStatuses, organisationKinds, projectLifecycles } from "@/lib/domain/codelists";
import { displayDate } from "@/lib/domain/format";
import { COUNT_UP_TO, searchEverything } from "@/lib/search/everything";

export const metadata: Metadata = { title: "Search" };

/** One kind of record: its best matches, and the whole list filtered when there are more. */
function Group({ title, total, all, children }: { title: string; total: number; all: string; children: React.ReactNode }) {
  const count = total > COUNT_UP_TO ? `${COUNT_UP_TO.toLocaleString("en")}+` : String(total);
  return (
    <section aria-labelledby={`found-${title}`} className="rounded-lg border border-slate-200 bg-white shadow-sm">
      <h2 id={`found-${title}`} className="flex flex-wrap items-baseline justify-between gap-3 border-b border-slate-100 px-4 py-3 font-semibold">
        {title}
        <span className="text-sm font-normal text-slate-500">{count}</span>
      </h2>
      {total === 0 ? (
        <p className="px-4 py-3 text-sm text-slate-500">None found.</p>
      ) : (
        <>
          <ul className="divide-y divide-slate-100">{children}</ul>
          <p className="border-t border-slate-100 px-4 py-2 text-sm">
            <Link href={all} className="text-brand-700 hover:underline">
              {total > 1 ? `All ${count} in the list` : "Open in the list"} →
            </Link>
          </p>
        </>
      )}
    </section>
  );
}

function Item({ href, title, detail, badge }: { href: string; title: string; detail: string; badge?: React.ReactNode }) {
  return (
    <li className="flex flex-wrap items-center justify-between gap-2 px-4 py-2.5">
      <div className="min-w-0">
        <Link href={href} className="font-medium break-words text-brand-700 hover:underline">
          {title}
        </Link>
        <p className="text-xs text-slate-500">{detail}</p>
      </div>
      {badge}
    </li>
  );
}

export default async function SearchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  const { q } = await searchParams;
  const query = typeof q === "string" ? q.slice(0, 200) : "";
  const found = query.trim() ? await searchEverything(viewer, query) : undefined;
  if (found === null) notFound();
  const list = (path: string) => `${path}?q=${encodeURIComponent(query)}`;
  const nothing = found && found.agreements.total + found.meetings.total + found.projects.total + found.partners.total === 0;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Search</h1>
      <form method="get" role="search" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <label htmlFor="q" className="sr-only">
          Words to find
        </label>
        <input id="q" name="q" type="search" defaultValue={query} placeholder="Words from a title, reference, summary or partner's name" className={`${inputClass} min-w-0 flex-1 basis-64`} />
        <Button type="submit">Search</Button>
      </form>
      {!found ? (
        <p className="text-sm text-slate-600">Type words from a title, reference, summary, place or partner&apos;s name: every word must match, in any order.</p>
      ) : nothing ? (
        <p role="status" className="text-sm text-slate-600">
          Nothing matches every word of “{query}”. Try fewer words.
        </p>
      ) : (
        <div className="grid items-start gap-4 lg:grid-cols-2">
          <Group title="Agreements" total={found.agreements.total} all={list("/agreements")}>
            {found.agreements.rows.map((a) => (
              <Item key={a.id} href={`/agreements/${a.id}`} title={a.title} detail={a.reference} badge={<Badge tone="grey">{agreementStatuses[a.status].label}</Badge>} />
            ))}
          </Group>
          <Group title="Meetings" total={found.meetings.total} all={list("/meetings")}>
            {found.meetings.rows.map((m) => (
              <Item key={m.id} href={`/meetings/${m.id}`} title={m.title} detail={`${displayDate(m.heldOn)} · ${m.agreement.title}`} />
            ))}
          </Group>
          <Group title="Projects" total={found.projects.total} all={list("/projects")}>
            {found.projects.rows.map((p) => (
              <Item key={p.id} href={`/projects/${p.id}`} title={p.title} detail={p.code} badge={<Badge tone="grey">{projectLifecycles[p.lifecycle].label}</Badge>} />
            ))}
          </Group>
          <Group title="Partners" total={found.partners.total} all={list("/partners")}>
            {found.partners.rows.map((o) => (
              <Item key={o.id} href={`/partners/${o.id}`} title={o.acronym ? `${o.name} (${o.acronym})` : o.name} detail={organisationKinds[o.kind].label} />
            ))}
          </Group>
        </div>
      )}
    </div>
  );
}
