import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { resetSecondFactorsAction } from "@/lib/auth/second-factor/actions";

/** What second factors a user has, and the administrator's reset (a lost phone, no recovery code left). */
export function SecondFactorReset({ id, factors }: { id: string; factors: { app: boolean; passkeys: number; recoveryCodesLeft: number } }) {
  const none = !factors.app && factors.passkeys === 0;
  return (
    <div className="space-y-3 text-sm">
      <p>
        {none
          ? "None set up."
          : [factors.app && "an authenticator app", factors.passkeys > 0 && `${factors.passkeys} ${factors.passkeys === 1 ? "passkey" : "passkeys"}`, `${factors.recoveryCodesLeft} unused recovery codes`].filter(Boolean).join(", ")}
      </p>
      {!none && (
        <ActionForm action={resetSecondFactorsAction}>
          <input type="hidden" name="id" value={id} />
          <p className="mb-2 text-slate-600">A reset removes them all and signs the person out everywhere; they set up a new one when they next sign in, if their role needs it.</p>
          <Button type="submit" variant="danger">
            Reset second factors
          </Button>
        </ActionForm>
      )}
    </div>
  );
}
