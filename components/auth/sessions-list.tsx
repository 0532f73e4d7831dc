import { ActionForm } from "@/components/ui/action-form";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { browserOf } from "@/lib/auth/browser";
import { displayDate } from "@/lib/domain/format";
import { endSessionAction } from "@/lib/users/actions";

interface Session {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  ipAddress: string | null;
  userAgent: string | null;
  current: boolean;
}

const when = (date: Date) => `${displayDate(date)}, ${date.toISOString().slice(11, 16)} UTC`;

/**
 * Where the person is signed in, with a way to sign out of the others: one form, whose buttons name
 * the session (or all the others), behind the person's password (`needsPassword`: the account has one).
 */
export function SessionsList({ sessions, needsPassword }: { sessions: Session[]; needsPassword: boolean }) {
  const others = sessions.filter((s) => !s.current).length;
  return (
    <ActionForm action={endSessionAction} className="space-y-4">
      <ul className="divide-y divide-slate-100" aria-label="Your sessions">
        {sessions.map((session) => (
          <li key={session.id} className="flex flex-wrap items-center justify-between gap-4 py-3 text-sm">
            <div>
              <p className="font-medium text-slate-800">
                {browserOf(session.userAgent)} {session.current && <Badge tone="green">This browser</Badge>}
              </p>
              <p className="text-xs text-slate-500">
                {session.ipAddress ?? "address unknown"} · signed in {when(session.createdAt)} · last active {when(session.lastSeenAt)}
              </p>
            </div>
            {!session.current && (
              <button type="submit" name="id" value={session.id} className="text-sm whitespace-nowrap text-brand-600 hover:underline">
                Sign out there
              </button>
            )}
          </li>
        ))}
      </ul>
      {others > 0 && (
        <div className="space-y-3">
          {needsPassword && (
            <Field label="Your password" name="end-sessions-password" hint="Signing out elsewhere asks for it, so nobody else at this screen can.">
              <input id="end-sessions-password" name="password" type="password" autoComplete="current-password" className={inputClass} />
            </Field>
          )}
          <Button type="submit" name="id" value="others" variant="secondary">
            Sign out everywhere else ({others})
          </Button>
        </div>
      )}
    </ActionForm>
  );
}
