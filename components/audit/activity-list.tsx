import type { activityOf } from "@/lib/audit/queries";
import { displayValue } from "@/lib/domain/format";

type Events = Awaited<ReturnType<typeof activityOf>>;

const verbs: Record<string, string> = { create: "created", update: "changed", archive: "archived", restore: "restored", seed: "loaded" };

// The records under another shown in its activity (an agreement's money), and what their events
// say; their references to each other (ids) are left out.
const PARTS: Record<string, { created: string; changed: string }> = {
  Commitment: { created: "recorded a commitment", changed: "changed a commitment" },
  Instalment: { created: "scheduled an instalment", changed: "changed an instalment" },
  Receipt: { created: "recorded a receipt", changed: "changed a receipt" },
};
const REFERENCES = new Set(["agreement", "commitment", "instalment"]);

/**
 * A record's audit trail: who did what when, with each field's before and after; events of the
 * records under it (PARTS) say what they were, with the values they were created with.
 */
export function ActivityList({ events }: { events: Events }) {
  if (events.length === 0) return <p className="text-sm text-slate-500">No recorded activity.</p>;
  return (
    <ol className="space-y-4">
      {events.map((event) => {
        const changes = Object.entries((event.changes ?? {}) as Record<string, [unknown, unknown]>);
        const part = PARTS[event.entityType];
        const what = part ? (event.action === "create" ? part.created : part.changed) : `${verbs[event.action] ?? event.action} it`;
        return (
          <li key={event.id.toString()} className="text-sm">
            <p>
              <span className="font-medium">{event.actor?.name ?? "The system"}</span> {what}
              {event.reason && ` ${event.reason}`}
              <span className="text-slate-500">
                {" "}
                · {event.at.toISOString().slice(0, 16).replace("T", " ")} UTC
              </span>
            </p>
            {part && event.action === "create" && (
              <p className="mt-1 text-slate-600">
                {changes
                  .filter(([field, [, value]]) => !REFERENCES.has(field) && value !== null && value !== "")
                  .map(([field, [, value]]) => `${field}: ${displayValue(value)}`)
                  .join(" · ")}
              </p>
            )}
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
