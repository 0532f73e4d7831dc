import { ActionForm, ActionLink } from "@/components/ui/action-form";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
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

/** "Firefox on Windows": enough to recognise one's own browsers, from the User-Agent header. */
function browserOf(userAgent: string | null): string {
  if (!userAgent) return "Unknown browser";
  const browser = [["Edg/", "Edge"], ["Firefox/", "Firefox"], ["Chrome/", "Chrome"], ["Safari/", "Safari"]].find(([token]) => userAgent.includes(token))?.[1];
  const system = [["Windows", "Windows"], ["Android", "Android"], ["iPhone", "iPhone"], ["iPad", "iPad"], ["Mac OS", "macOS"], ["Linux", "Linux"]].find(([token]) => userAgent.includes(token))?.[1];
  return browser ? `${browser}${system ? ` on ${system}` : ""}` : userAgent.slice(0, 60);
}

const when = (date: Date) => `${displayDate(date)}, ${date.toISOString().slice(11, 16)} UTC`;

/** Where the person is signed in, with a way to sign out of the others. */
export function SessionsList({ sessions }: { sessions: Session[] }) {
  const others = sessions.filter((s) => !s.current).length;
  return (
    <div className="space-y-4">
      <ul className="divide-y divide-slate-100" aria-label="Your sessions">
        {sessions.map((session) => (
          <li key={session.id} className="flex flex-wrap items-center justify-between gap-4 py-3 text-sm">
            <div>
              <p className="font-medium text-slate-800">
                {browserOf(session.userAgent)} {session.current && <Badge tone="green">This browser</Badge>}
              </p>
              <p className="text-xs text-slate-500">
                {session.ipAddress?.replace(/^::ffff:/, "") ?? "address unknown"} · signed in {when(session.createdAt)} · last active {when(session.lastSeenAt)}
              </p>
            </div>
            {!session.current && (
              <ActionLink action={endSessionAction} id={session.id}>
                Sign out there
              </ActionLink>
            )}
          </li>
        ))}
      </ul>
      {others > 0 && (
        <ActionForm action={endSessionAction}>
          <input type="hidden" name="id" value="others" />
          <Button type="submit" variant="secondary">
            Sign out everywhere else ({others})
          </Button>
        </ActionForm>
      )}
    </div>
  );
}
