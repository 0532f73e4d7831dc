import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { ActionLink } from "@/components/ui/action-form";
import { revokeApiTokenAction } from "@/lib/api/actions";
import { listApiTokens } from "@/lib/api/tokens";
import { getFormats } from "@/lib/i18n/server";
import type { Viewer } from "@/lib/policy";
import { ApiTokenForm } from "./api-token-form";

/** The account page's API tokens: create, see when each was last used, revoke. */
export async function ApiTokensSection({ viewer }: { viewer: Viewer }) {
  const [tokens, t, f] = await Promise.all([listApiTokens(viewer), getTranslations("apiTokens"), getFormats()]);
  const now = new Date();
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm" aria-labelledby="api-tokens">
      <h2 id="api-tokens" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="mt-1 mb-4 text-sm text-slate-600">
        {t.rich("intro", {
          link: (chunks) => (
            <Link href="/api/docs" className="text-brand-600 hover:underline">
              {chunks}
            </Link>
          ),
        })}
      </p>
      {tokens.length > 0 && (
        <ul className="mb-4 divide-y divide-slate-100" aria-label={t("yours")}>
          {tokens.map((token) => {
            const state = token.revokedAt ? "revoked" : token.expiresAt <= now ? "expired" : "active";
            return (
              <li key={token.id} className="flex flex-wrap items-center justify-between gap-2 py-3 text-sm">
                <div>
                  <p className="font-medium text-slate-800">
                    {token.name} <Badge tone={state === "active" ? "green" : "grey"}>{t(`state.${state}`)}</Badge>
                  </p>
                  <p className="text-xs text-slate-600">
                    <span className="font-mono" dir="ltr">
                      {token.prefix}…
                    </span>{" "}
                    ·{" "}
                    {[
                      t("created", { date: f.date(token.createdAt) }),
                      state === "revoked" ? t("revokedOn", { date: f.date(token.revokedAt) }) : t("expires", { date: f.date(token.expiresAt) }),
                      token.lastUsedAt ? t("lastUsed", { date: f.date(token.lastUsedAt) }) : t("neverUsed"),
                    ].join(" · ")}
                  </p>
                </div>
                {state === "active" && (
                  <ActionLink action={revokeApiTokenAction} id={token.id}>
                    {t("revoke")}
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
