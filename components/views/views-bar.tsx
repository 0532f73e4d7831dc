// Above a list: its saved views as links (a view is an address: opening it reproduces it), and a
// fold to save the current filters, sort and columns under a name, to share a view with the unit,
// rename, update or delete one's own, and choose the view the list opens with.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { changeViewAction, deleteViewAction, saveViewAction, setDefaultViewAction } from "@/lib/views/actions";
import { viewAddress, type ViewChoice } from "@/lib/views/queries";
import { VIEW_LISTS, type ViewList } from "@/lib/views/schema";

const CHIP = "rounded-full border border-slate-300 bg-white px-3 py-1 text-brand-700 hover:bg-slate-50 aria-[current=page]:border-brand-600 aria-[current=page]:bg-brand-50 aria-[current=page]:font-medium";

export function ViewsBar({
  list,
  query,
  requested,
  views,
  defaultId,
  mayShare,
}: {
  list: ViewList;
  /** The list's current query, as views keep it (canonicalQuery). */
  query: string;
  /** The view the address names (?view=), if any. */
  requested?: string;
  views: ViewChoice[];
  defaultId: string | null;
  mayShare: boolean;
}) {
  const t = useTranslations("views");
  const path = VIEW_LISTS[list];
  // The view shown: the one the address names while its filters are unchanged, else one with the same filters.
  const current = views.find((v) => v.id === requested && v.query === query) ?? views.find((v) => v.query === query);
  const hidden = (
    <>
      <input type="hidden" name="list" value={list} />
      <input type="hidden" name="query" value={query} />
    </>
  );
  return (
    <div className="space-y-2 text-sm">
      <nav aria-label={t("title")} className="flex flex-wrap items-center gap-2">
        <span className="font-medium text-slate-700">{t("title")}</span>
        {/* Everything, unfiltered: also what a list with a default view opens at on request. */}
        <Link href={`${path}?view=none`} aria-current={!current && query === "" ? "page" : undefined} className={CHIP}>
          {t("all")}
        </Link>
        {views.map((view) => (
          <Link
            key={view.id}
            href={viewAddress(path, view)}
            aria-current={view.id === current?.id ? "page" : undefined}
            className={CHIP}
          >
            {view.name}
            {view.shared && <span className="ms-1 text-xs text-slate-500">· {view.mine ? t("sharedByYou") : t("sharedBy", { name: view.owner })}</span>}
            {view.id === defaultId && <span className="ms-1 text-xs text-slate-500">· {t("default")}</span>}
          </Link>
        ))}
      </nav>
      <details className="rounded-md border border-slate-200 bg-white px-3 py-2">
        <summary className="cursor-pointer font-medium text-brand-700">{t("manage")}</summary>
        <div className="mt-3 space-y-4">
          <ActionForm action={saveViewAction} className="flex flex-wrap items-end gap-3">
            {hidden}
            <NameAndShare label={t("name")} shareLabel={t("share")} mayShare={mayShare} />
            <Button type="submit" variant="secondary">
              {t("save")}
            </Button>
          </ActionForm>
          {current && (
            <ActionForm action={setDefaultViewAction} className="flex flex-wrap items-center gap-2">
              <input type="hidden" name="list" value={list} />
              <input type="hidden" name="id" value={current.id === defaultId ? "" : current.id} />
              <span className="text-slate-700">{current.id === defaultId ? t("isDefault", { name: current.name }) : t("notDefault", { name: current.name })}</span>
              <button type="submit" className="text-brand-600 hover:underline">
                {current.id === defaultId ? t("stopDefault") : t("makeDefault")}
              </button>
            </ActionForm>
          )}
          {views
            .filter((view) => view.mine)
            .map((view) => (
              <div key={view.id} className="flex flex-wrap items-end gap-3 border-t border-slate-100 pt-3">
                <ActionForm action={changeViewAction} className="flex flex-1 flex-wrap items-end gap-3">
                  {hidden}
                  <input type="hidden" name="id" value={view.id} />
                  <input type="hidden" name="version" value={view.version} />
                  <NameAndShare label={t("rename", { name: view.name })} shareLabel={t("share")} mayShare={mayShare} view={view} />
                  {view.query !== query && (
                    <label className="flex items-center gap-2 pb-2 text-slate-700">
                      <input type="checkbox" name="replaceQuery" className="rounded border-slate-300" />
                      {t("useCurrent")}
                    </label>
                  )}
                  <Button type="submit" variant="secondary">
                    {t("change")}
                  </Button>
                </ActionForm>
                <ActionForm action={deleteViewAction}>
                  <input type="hidden" name="list" value={list} />
                  <input type="hidden" name="id" value={view.id} />
                  <button type="submit" className="pb-2 text-red-700 hover:underline">
                    {t("delete", { name: view.name })}
                  </button>
                </ActionForm>
              </div>
            ))}
        </div>
      </details>
    </div>
  );
}

/** A view's name and, for those who may, whether the unit shares it: the same fields to save a view and to change one. */
function NameAndShare({ label, shareLabel, mayShare, view }: { label: string; shareLabel: string; mayShare: boolean; view?: { name: string; shared: boolean } }) {
  return (
    <>
      <label className="min-w-48 flex-1 text-xs font-medium text-slate-600">
        {label}
        <input name="name" maxLength={80} required defaultValue={view?.name} className={`${inputClass} mt-1`} />
      </label>
      {mayShare && (
        <label className="flex items-center gap-2 pb-2 text-slate-700">
          <input type="checkbox" name="shared" defaultChecked={view?.shared} className="rounded border-slate-300" />
          {shareLabel}
        </label>
      )}
    </>
  );
}
