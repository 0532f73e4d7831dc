import type { Viewer } from "@/lib/policy";
import { ChangePasswordForm } from "./change-password-form";

/** The signed-in user's own account, for staff (/account) and partners (/portal/account). */
export function AccountPage({ viewer }: { viewer: Viewer }) {
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
    </div>
  );
}
