import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ActionForm, ActionLink } from "@/components/ui/action-form";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { needsStepUp, stepUpPath, stepUpWindow } from "@/lib/auth/second-factor/gate";
import { ownSecondFactors } from "@/lib/auth/second-factor/queries";
import { removeAppAction, removePasskeyAction, setPasswordlessAction } from "@/lib/auth/second-factor/actions";
import { getFormats } from "@/lib/i18n/server";
import type { Viewer } from "@/lib/policy";
import { AppSetup } from "./app-setup";
import { PasskeyAdd } from "./passkey-add";
import { RecoveryCodesRenewal } from "./recovery-codes-renewal";

/** The account page's second factors: the authenticator app, passkeys, recovery codes. */
export async function SecondFactorsSection({ viewer, accountPath }: { viewer: Viewer; accountPath: string }) {
  const [tAll, f] = await Promise.all([getTranslations(), getFormats()]);
  const t = (key: string, values?: Record<string, string | number>) => tAll(`secondFactor.${key}`, values);
  if (viewer.secondFactor?.viaIdentityProvider) {
    return (
      <section className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h2 className="text-lg font-semibold">{t("title")}</h2>
        <p className="mt-1 text-sm text-slate-600">{t("viaSso")}</p>
      </section>
    );
  }
  const factors = await ownSecondFactors(viewer);
  const enrolled = factors.appSince !== null || factors.passkeys.length > 0;
  return (
    <section aria-labelledby="second-factors" className="space-y-5 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <div>
        <h2 id="second-factors" className="text-lg font-semibold">
          {t("title")} {enrolled ? <Badge tone="green">{t("on")}</Badge> : <Badge tone="grey">{t("off")}</Badge>}
        </h2>
        <p className="mt-1 text-sm text-slate-600">{t("why")}</p>
        {needsStepUp(viewer) && (
          <p className="mt-2 text-sm">
            {t("stepUp", { window: tAll("common.wait", stepUpWindow()) })}{" "}
            <Link href={stepUpPath(accountPath)} className="font-medium text-brand-700 hover:underline">
              {t("confirm")}
            </Link>
          </p>
        )}
      </div>

      <div>
        <h3 className="mb-2 text-sm font-semibold">{t("app")}</h3>
        {factors.appSince ? (
          <details>
            <summary className="cursor-pointer text-sm">
              {t("appOn", { date: f.date(factors.appSince) })} · <span className="text-brand-700">{t("turnOff")}</span>
            </summary>
            <ActionForm action={removeAppAction} className="mt-3 space-y-3">
              <Field label={t("password")} name="app-off-password">
                <input id="app-off-password" name="password" type="password" autoComplete="current-password" required className={inputClass} />
              </Field>
              <Field label={t("code")} name="app-off-code">
                <input id="app-off-code" name="code" autoComplete="one-time-code" maxLength={20} required className={`${inputClass} max-w-48 font-mono`} />
              </Field>
              <Button type="submit" variant="danger">
                {t("turnOffApp")}
              </Button>
            </ActionForm>
          </details>
        ) : (
          <AppSetup pending={factors.pendingApp} />
        )}
      </div>

      <div>
        <h3 className="mb-2 text-sm font-semibold">{t("passkeys")}</h3>
        {factors.passkeys.length > 0 && (
          <ul aria-label={t("yourPasskeys")} className="mb-3 divide-y divide-slate-100 text-sm">
            {factors.passkeys.map((p) => (
              <li key={p.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>
                  <span className="font-medium">{p.name}</span>{" "}
                  <span className="text-slate-500">
                    · {t("added", { date: f.date(p.createdAt) })} · {p.lastUsedAt ? t("lastUsed", { date: f.date(p.lastUsedAt) }) : t("notUsed")}
                  </span>
                </span>
                <ActionLink action={removePasskeyAction} id={p.id}>
                  {t("remove")}
                  <span className="sr-only"> {t("removeWhich", { name: p.name })}</span>
                </ActionLink>
              </li>
            ))}
          </ul>
        )}
        <PasskeyAdd />
        {factors.passkeys.length > 0 && (
          <ActionForm action={setPasswordlessAction} className="mt-3">
            <input type="hidden" name="on" value={String(!factors.passwordless)} />
            <p className="text-sm text-slate-700">
              {t(factors.passwordless ? "passwordless" : "afterPassword")}{" "}
              <button type="submit" className="font-medium text-brand-700 hover:underline">
                {t(factors.passwordless ? "askPassword" : "letPasskeyAlone")}
              </button>
            </p>
          </ActionForm>
        )}
      </div>

      {enrolled && (
        <div>
          <h3 className="mb-2 text-sm font-semibold">{t("recoveryCodes")}</h3>
          <RecoveryCodesRenewal left={factors.recoveryCodesLeft} />
        </div>
      )}
    </section>
  );
}
