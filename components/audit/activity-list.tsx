import type { activityOf } from "@/lib/audit/queries";
import { displayValue } from "@/lib/domain/format";

type Events = Awaited<ReturnType<typeof activityOf>>;

const verbs: Record<string, string> = { create: "created", update: "changed", archive: "archived", restore: "restored", seed: "loaded" };

/** A record's audit trail: who did what when, with each field's before and after. */
export function ActivityList({ events }: { events: Events }) {
  if (events.length === 0) return <p className="text-sm text-slate-500">No recorded activity.</p>;
  return (
    <ol className="space-y-4">
      {events.map((event) => {
        const changes = Object.entries((event.changes ?? {}) as Record<string, [unknown, unknown]>);
        return (
          <li key={event.id.toString()} className="text-sm">
            <p>
              <span className="font-medium">{event.actor?.name ?? "The system"}</span> {verbs[event.action] ?? event.action} it
              {event.reason && ` ${event.reason}`}
              <span className="text-slate-500">
                {" "}
                · {event.at.toISOString().slice(0, 16).replace("T", " ")} UTC
              </span>
            </p>
            {event.action === "update" && changes.length > 0 && (
              <ul className="mt-1 space-y-0.5 text-slate-600">
                {changes.map(([field, [before, after]]) => (
                  <li key={field}>
                    {field}: <span className="line-through decoration-slate-400">{displayValue(before)}</span> → {displayValue(after)}
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
