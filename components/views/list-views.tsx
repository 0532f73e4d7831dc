// The views bar for a list page, given the page's address parameters; and the redirect that opens
// a list at the person's default view when it is asked with none.
import { redirect } from "next/navigation";
import { can, type Viewer } from "@/lib/policy";
import { defaultViewAddress, viewsOf } from "@/lib/views/queries";
import { canonicalQuery, VIEW_LISTS, type ViewList } from "@/lib/views/schema";
import { ViewsBar } from "./views-bar";

type Params = Record<string, string | string[] | undefined>;

/** A list opened with no parameters at all opens at the person's default view, if they chose one. */
export async function openDefaultView(viewer: Viewer, list: ViewList, params: Params): Promise<void> {
  if (Object.keys(params).length > 0) return;
  const address = await defaultViewAddress(viewer, list, VIEW_LISTS[list]);
  if (address) redirect(address);
}

export async function ListViews({ viewer, list, params }: { viewer: Viewer; list: ViewList; params: Params }) {
  const found = await viewsOf(viewer, list);
  if (!found) return null;
  const requested = typeof params.view === "string" ? params.view : undefined;
  const query = canonicalQuery(params);
  return <ViewsBar key={query} list={list} query={query} requested={requested} views={found.views} defaultId={found.defaultId} mayShare={can(viewer, "update", "SavedView")} />;
}
