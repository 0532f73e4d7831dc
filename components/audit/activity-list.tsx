import { useTranslations } from "next-intl";
import { Arrow } from "@/components/ui/arrow";
import type { activityOf } from "@/lib/audit/queries";
import { useFormats } from "@/lib/i18n/use-formats";

type Events = Awaited<ReturnType<typeof activityOf>>;

// What an event's actor did ("activity.verb.<action>"); events of the records under another shown in
// its activity (an agreement's money, "activity.part.<type>") say what they were; their references to
// each other (ids) are left out.
const VERBS = ["create", "update", "archive", "restore", "seed"];
const PARTS = ["Commitment", "Instalment", "Receipt"];
const REFERENCES = new Set(["agreement", "commitment", "instalment"]);

/**
 * A record's audit trail: who did what when, with each field's before and after; events of the
 * records under it (PARTS) say what they were, with the values they were created with.
 */
export function ActivityList({ events }: { events: Events }) {
  const t = useTranslations("activity");
  const f = useFormats();
  const empty = useTranslations("common")("empty");
  const value = (v: unknown) => f.value(v, empty);
  if (events.length === 0) return <p className="text-sm text-slate-500">{t("none")}</p>;
  return (
    <ol className="space-y-4">
      {events.map((event) => {
        const changes = Object.entries((event.changes ?? {}) as Record<string, [unknown, unknown]>);
        const part = PARTS.includes(event.entityType);
        const what = part
          ? t(`part.${event.entityType}.${event.action === "create" ? "created" : "changed"}`)
          : VERBS.includes(event.action)
            ? t(`verb.${event.action}`)
            : event.action;
        return (
          <li key={event.id.toString()} className="text-sm">
            <p>
              <span className="font-medium">{event.actor?.name ?? t("system")}</span> {what}
              {event.reason && ` ${event.reason}`}
              <span className="text-slate-500">
                {" "}
                · {f.moment(event.at)}
              </span>
            </p>
            {part && event.action === "create" && (
              <p className="mt-1 text-slate-600">
                {changes
                  .filter(([field, [, value]]) => !REFERENCES.has(field) && value !== null && value !== "")
                  .map(([field, [, after]]) => `${field}: ${value(after)}`)
                  .join(" · ")}
              </p>
            )}
            {event.action === "update" && changes.length > 0 && (
              <ul className="mt-1 space-y-0.5 text-slate-600">
                {changes.map(([field, [before, after]]) => (
                  <li key={field}>
                    {field}: <span className="line-through decoration-slate-400">{value(before)}</span> <Arrow to="forward" /> {value(after)}
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
