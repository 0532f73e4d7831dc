// A record's page and its browser title read the record once: `load` is cached for the request, so
// generateMetadata (the title) and the page share one query. Each record page gets a title of its
// own ("ILO/ASEAN Cooperation Agreement · Partnership records"), which screen-reader users hear first
// and which tells browser tabs and history entries apart.
import type { Metadata } from "next";
import { cache } from "react";
import { getViewer } from "@/lib/auth/viewer";
import type { Viewer } from "@/lib/policy";

export function recordPage<Record>(find: (viewer: Viewer, id: string) => Promise<Record | null>, title: (record: Record) => string, fallback: string) {
  const load = cache(find);
  return {
    load,
    /** The record's title, or `fallback` for one the viewer may not see (the page answers "not found"). */
    async generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
      const viewer = await getViewer();
      const record = viewer ? await load(viewer, (await params).id) : null;
      return { title: record ? title(record) : fallback };
    },
  };
}
