import { ApiTokensSection } from "@/components/api/api-tokens-section";
import type { Viewer } from "@/lib/policy";
import { hasPassword, ownSessions } from "@/lib/users/queries";
import { ChangePasswordForm } from "./change-password-form";
import { SecondFactorsSection } from "./second-factor/second-factors-section";
import { SessionsList } from "./sessions-list";

/** The signed-in user's own account, for staff (/account) and partners (/portal/account). */
export async function AccountPage({ viewer, path }: { viewer: Viewer; path: string }) {
  const [sessions, needsPassword] = await Promise.all([ownSessions(viewer), hasPassword(viewer)]);
  return (
    <div className="max-w-lg space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Your account</h1>
        <p className="mt-1 text-sm text-slate-600">
          {viewer.name} · {viewer.email}
        </p>
      </div>
      <section className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h2 className="text-lg font-semibold">Change your password</h2>
        <p className="mt-1 mb-4 text-sm text-slate-600">You stay signed in here; every other place you are signed in is signed out.</p>
        <ChangePasswordForm />
      </section>
      <SecondFactorsSection viewer={viewer} accountPath={path} />
      <section className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h2 className="text-lg font-semibold">Where you are signed in</h2>
        <p className="mt-1 mb-2 text-sm text-slate-600">Sessions end after a time without use. Sign out of any you do not recognise, then change your password.</p>
        <SessionsList sessions={sessions} needsPassword={needsPassword} />
      </section>
      <ApiTokensSection viewer={viewer} />
    </div>
  );
}
