import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { requireForOfficersAction } from "@/lib/auth/second-factor/actions";

/** The unit's setting: officers, like administrators, must enrol a second factor (audited). */
export function OfficersSecondFactor({ required }: { required: boolean }) {
  return (
    <ActionForm action={requireForOfficersAction} className="space-y-2 text-sm">
      <p>
        Administrators always sign in with a second factor.{" "}
        {required ? "Officers must too: one without is asked to set one up before anything else." : "Officers may choose to; they are not required to."}
      </p>
      <input type="hidden" name="on" value={String(!required)} />
      <Button type="submit" variant="secondary">
        {required ? "Stop requiring it of officers" : "Require it of officers too"}
      </Button>
    </ActionForm>
  );
}
