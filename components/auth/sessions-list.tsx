import { useTranslations } from "next-intl";
import { useFormats } from "@/lib/i18n/use-formats";
import { ActionForm } from "@/components/ui/action-form";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { browserOf } from "@/lib/auth/browser";
import { endSessionAction } from "@/lib/users/actions";

interface Session {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  ipAddress: string | null;
  userAgent: string | null;
  current: boolean;
}

/**
 * Where the person is signed in, with a way to sign out of the others: one form, whose buttons name
 * the session (or all the others), behind the person's password (`needsPassword`: the account has one).
 */
export function SessionsList({ sessions, needsPassword }: { sessions: Session[]; needsPassword: boolean }) {
  const t = useTranslations("account");
  const format = useFormats();
  const when = (date: Date) => format.moment(date);
  const others = sessions.filter((s) => !s.current).length;
  return (
    <ActionForm action={endSessionAction} className="space-y-4">
      <ul className="divide-y divide-slate-100" aria-label={t("sessionsList")}>
        {sessions.map((session) => (
          <li key={session.id} className="flex flex-wrap items-center justify-between gap-4 py-3 text-sm">
            <div>
              <p className="font-medium text-slate-800">
                {browserOf(session.userAgent)} {session.current && <Badge tone="green">{t("thisBrowser")}</Badge>}
              </p>
              <p className="text-xs text-slate-500">
                {t("sessionTimes", { address: session.ipAddress ?? t("addressUnknown"), signedIn: when(session.createdAt), lastActive: when(session.lastSeenAt) })}
              </p>
            </div>
            {!session.current && (
              <button type="submit" name="id" value={session.id} className="text-sm whitespace-nowrap text-brand-600 hover:underline">
                {t("signOutThere")}
              </button>
            )}
          </li>
        ))}
      </ul>
      {others > 0 && (
        <div className="space-y-3">
          {needsPassword && (
            <Field label={t("yourPassword")} name="end-sessions-password" hint={t("yourPasswordHint")}>
              <input id="end-sessions-password" name="password" type="password" autoComplete="current-password" className={inputClass} />
            </Field>
          )}
          <Button type="submit" name="id" value="others" variant="secondary">
            {t("signOutOthers", { count: others })}
          </Button>
        </div>
      )}
    </ActionForm>
  );
}
