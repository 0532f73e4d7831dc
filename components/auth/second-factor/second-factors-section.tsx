import Link from "next/link";
import { ActionForm, ActionLink } from "@/components/ui/action-form";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { needsStepUp, stepUpPath, stepUpWindowText } from "@/lib/auth/second-factor/gate";
import { ownSecondFactors } from "@/lib/auth/second-factor/queries";
import { removeAppAction, removePasskeyAction, setPasswordlessAction } from "@/lib/auth/second-factor/actions";
import { displayDate } from "@/lib/domain/format";
import type { Viewer } from "@/lib/policy";
import { AppSetup } from "./app-setup";
import { PasskeyAdd } from "./passkey-add";
import { RecoveryCodesRenewal } from "./recovery-codes-renewal";

/** The account page's second factors: the authenticator app, passkeys, recovery codes. */
export async function SecondFactorsSection({ viewer, accountPath }: { viewer: Viewer; accountPath: string }) {
  if (viewer.secondFactor?.viaIdentityProvider) {
    return (
      <section className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h2 className="text-lg font-semibold">Second factor</h2>
        <p className="mt-1 text-sm text-slate-600">You signed in through your organisation&apos;s single sign-on: its own second factor protects this session.</p>
      </section>
    );
  }
  const factors = await ownSecondFactors(viewer);
  const enrolled = factors.appSince !== null || factors.passkeys.length > 0;
  return (
    <section aria-labelledby="second-factors" className="space-y-5 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <div>
        <h2 id="second-factors" className="text-lg font-semibold">
          Second factor {enrolled ? <Badge tone="green">On</Badge> : <Badge tone="grey">Off</Badge>}
        </h2>
        <p className="mt-1 text-sm text-slate-600">With a second factor, a stolen password alone does not open your account.</p>
        {needsStepUp(viewer) && (
          <p className="mt-2 text-sm">
            Changes here ask for your second factor from the last {stepUpWindowText()}.{" "}
            <Link href={stepUpPath(accountPath)} className="font-medium text-brand-700 hover:underline">
              Confirm it is you
            </Link>
          </p>
        )}
      </div>

      <div>
        <h3 className="mb-2 text-sm font-semibold">Authenticator app</h3>
        {factors.appSince ? (
          <details>
            <summary className="cursor-pointer text-sm">
              On since {displayDate(factors.appSince)} · <span className="text-brand-700">turn off</span>
            </summary>
            <ActionForm action={removeAppAction} className="mt-3 space-y-3">
              <Field label="Your password" name="app-off-password">
                <input id="app-off-password" name="password" type="password" autoComplete="current-password" required className={inputClass} />
              </Field>
              <Field label="A code from the app (or a recovery code)" name="app-off-code">
                <input id="app-off-code" name="code" autoComplete="one-time-code" maxLength={20} required className={`${inputClass} max-w-48 font-mono`} />
              </Field>
              <Button type="submit" variant="danger">
                Turn off the authenticator app
              </Button>
            </ActionForm>
          </details>
        ) : (
          <AppSetup pending={factors.pendingApp} />
        )}
      </div>

      <div>
        <h3 className="mb-2 text-sm font-semibold">Passkeys</h3>
        {factors.passkeys.length > 0 && (
          <ul aria-label="Your passkeys" className="mb-3 divide-y divide-slate-100 text-sm">
            {factors.passkeys.map((p) => (
              <li key={p.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>
                  <span className="font-medium">{p.name}</span>{" "}
                  <span className="text-slate-500">
                    · added {displayDate(p.createdAt)} · {p.lastUsedAt ? `last used ${displayDate(p.lastUsedAt)}` : "not used yet"}
                  </span>
                </span>
                <ActionLink action={removePasskeyAction} id={p.id}>
                  Remove<span className="sr-only"> passkey {p.name}</span>
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
              {factors.passwordless ? "You may sign in with a passkey alone, without your password. " : "A passkey is asked after your password. "}
              <button type="submit" className="font-medium text-brand-700 hover:underline">
                {factors.passwordless ? "Ask for my password too" : "Let me sign in with a passkey alone"}
              </button>
            </p>
          </ActionForm>
        )}
      </div>

      {enrolled && (
        <div>
          <h3 className="mb-2 text-sm font-semibold">Recovery codes</h3>
          <RecoveryCodesRenewal left={factors.recoveryCodesLeft} />
        </div>
      )}
    </section>
  );
}
