// A record's page and its browser title read the record once: `load` is cached for the request, so
// generateMetadata (the title) and the page share one query. Each record page gets a title of its
// own ("ILO/ASEAN Cooperation Agreement · Partnership records"), which screen-reader users hear first
// and which tells browser tabs and history entries apart.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { Formats } from "@/lib/i18n/format";
import { getFormats } from "@/lib/i18n/server";
import { cache } from "react";
import { getViewer } from "@/lib/auth/viewer";
import type { Viewer } from "@/lib/policy";

type Say = (key: string, values?: { [name: string]: string | number }) => string;

/**
 * `title` names the record (in the reader's language: `t` for the catalogue's words, `f` for formats);
 * `fallback` is a key of the "pages" messages for a record the viewer may not see.
 */
export function recordPage<Record>(
  find: (viewer: Viewer, id: string) => Promise<Record | null>,
  title: (record: Record, t: Say, f: Formats) => string,
  fallback: string,
) {
  const load = cache(find);
  return {
    load,
    /** The record's title, or `fallback` for one the viewer may not see (the page answers "not found"). */
    async generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
      const [viewer, t, f] = await Promise.all([getViewer(), getTranslations(), getFormats()]);
      const record = viewer ? await load(viewer, (await params).id) : null;
      const say = t as unknown as Say;
      return { title: record ? title(record, say, f) : say(`pages.${fallback}`) };
    },
  };
}
