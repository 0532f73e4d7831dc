import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { ActionLink } from "@/components/ui/action-form";
import { revokeApiTokenAction } from "@/lib/api/actions";
import { listApiTokens } from "@/lib/api/tokens";
import { displayDate } from "@/lib/domain/format";
import type { Viewer } from "@/lib/policy";
import { ApiTokenForm } from "./api-token-form";

/** The account page's API tokens: create, see when each was last used, revoke. */
export async function ApiTokensSection({ viewer }: { viewer: Viewer }) {
  const tokens = await listApiTokens(viewer);
  const now = new Date();
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm" aria-labelledby="api-tokens">
      <h2 id="api-tokens" className="text-lg font-semibold">
        API tokens
      </h2>
      <p className="mt-1 mb-4 text-sm text-slate-600">
        For Excel, Power BI or another system reading the records through the{" "}
        <Link href="/api/docs" className="text-brand-600 hover:underline">
          read-only API
        </Link>
        . A token reads what you can read, no more.
      </p>
      {tokens.length > 0 && (
        <ul className="mb-4 divide-y divide-slate-100" aria-label="Your API tokens">
          {tokens.map((t) => {
            const state = t.revokedAt ? "revoked" : t.expiresAt <= now ? "expired" : "active";
            return (
              <li key={t.id} className="flex flex-wrap items-center justify-between gap-2 py-3 text-sm">
                <div>
                  <p className="font-medium text-slate-800">
                    {t.name} <Badge tone={state === "active" ? "green" : "grey"}>{state}</Badge>
                  </p>
                  <p className="text-xs text-slate-600">
                    <span className="font-mono">{t.prefix}…</span> · created {displayDate(t.createdAt)} · {state === "revoked" ? `revoked ${displayDate(t.revokedAt)}` : `expires ${displayDate(t.expiresAt)}`} ·{" "}
                    {t.lastUsedAt ? `last used ${displayDate(t.lastUsedAt)}` : "never used"}
                  </p>
                </div>
                {state === "active" && (
                  <ActionLink action={revokeApiTokenAction} id={t.id}>
                    Revoke
                  </ActionLink>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <ApiTokenForm />
    </section>
  );
}
