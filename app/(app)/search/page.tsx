import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { useTranslations } from "next-intl";
import { Arrow } from "@/components/ui/arrow";
import { getFormats } from "@/lib/i18n/server";
import { useFormats } from "@/lib/i18n/use-formats";
import { Badge } from "@/components/ui/badge";
import { FoundDocumentItem } from "@/components/search/found-document";
import { FoundCount, foundCount, SearchForm } from "@/components/search/search-form";
import { requireViewer } from "@/lib/auth/viewer";
import { searchEverything } from "@/lib/search/everything";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("search"))("title") };
}

/** One kind of record: its best matches, and the whole list filtered when there are more. */
function Group({ kind, title, total, more = false, all, children }: { kind: string; title: string; total: number; more?: boolean; all?: string; children: React.ReactNode }) {
  const t = useTranslations("search");
  const f = useFormats();
  return (
    <section aria-labelledby={`found-${kind}`} className="rounded-lg border border-slate-200 bg-white shadow-sm">
      <h2 id={`found-${kind}`} className="flex flex-wrap items-baseline justify-between gap-3 border-b border-slate-100 px-4 py-3 font-semibold">
        {title}
        <FoundCount total={total} more={more} />
      </h2>
      {total === 0 ? (
        <p className="px-4 py-3 text-sm text-slate-500">{t("none")}</p>
      ) : (
        <>
          <ul className="divide-y divide-slate-100">{children}</ul>
          {all && (
            <p className="border-t border-slate-100 px-4 py-2 text-sm">
              <Link href={all} className="text-brand-700 hover:underline">
                {t("allInList", { count: total, shown: foundCount(f, total, more) })} <Arrow to="forward" />
              </Link>
            </p>
          )}
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
  const [found, tAll, f] = await Promise.all([query.trim() ? searchEverything(viewer, query) : undefined, getTranslations(), getFormats()]);
  const t = (key: string, values?: Record<string, string | number>) => tAll(`search.${key}`, values);
  if (found === null) notFound();
  const list = (path: string) => `${path}?q=${encodeURIComponent(query)}`;
  const nothing = found && found.agreements.total + found.meetings.total + found.projects.total + found.partners.total + found.documents.total === 0;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <SearchForm query={query} placeholder={t("placeholder")} />
      {!found ? (
        <p className="text-sm text-slate-600">{t("help")}</p>
      ) : nothing ? (
        <p role="status" className="text-sm text-slate-600">
          {t("nothing", { query })}
        </p>
      ) : (
        <div className="grid items-start gap-4 lg:grid-cols-2">
          <Group kind="agreements" title={t("agreements")} total={found.agreements.total} all={list("/agreements")}>
            {found.agreements.rows.map((a) => (
              <Item key={a.id} href={`/agreements/${a.id}`} title={a.title} detail={a.reference} badge={<Badge tone="grey">{tAll(`codes.agreementStatuses.${a.status}`)}</Badge>} />
            ))}
          </Group>
          <Group kind="meetings" title={t("meetings")} total={found.meetings.total} all={list("/meetings")}>
            {found.meetings.rows.map((m) => (
              <Item key={m.id} href={`/meetings/${m.id}`} title={m.title} detail={`${f.date(m.heldOn)} · ${m.agreement.title}`} />
            ))}
          </Group>
          <Group kind="projects" title={t("projects")} total={found.projects.total} all={list("/projects")}>
            {found.projects.rows.map((p) => (
              <Item key={p.id} href={`/projects/${p.id}`} title={p.title} detail={p.code} badge={<Badge tone="grey">{tAll(`codes.projectLifecycles.${p.lifecycle}`)}</Badge>} />
            ))}
          </Group>
          <Group kind="partners" title={t("partners")} total={found.partners.total} all={list("/partners")}>
            {found.partners.rows.map((o) => (
              <Item key={o.id} href={`/partners/${o.id}`} title={o.acronym ? `${o.name} (${o.acronym})` : o.name} detail={tAll(`codes.organisationKinds.${o.kind}`)} />
            ))}
          </Group>
          {/* The best few by how well a page matches; documents have no list of their own to open. */}
          <Group kind="documents" title={t("documents")} total={found.documents.total} more={found.documents.more}>
            {found.documents.rows.map((d) => (
              <FoundDocumentItem key={d.id} document={d} />
            ))}
          </Group>
        </div>
      )}
    </div>
  );
}
