import { FIX_FIELDS, type ActionResult, type FieldErrors } from "@/lib/domain/action-result";
import { useSay } from "@/lib/i18n/use-say";
import { displayValue } from "@/lib/domain/format";

/** Why a form was refused: the server's message (with a conflict's changes) or the fields' errors. */
export function Refusal({ result, clientErrors }: { result: ActionResult | null; clientErrors: FieldErrors | null }) {
  const refusal = result && !result.ok ? result : null;
  const say = useSay();
  if (!refusal && !clientErrors) return null;
  return (
    <div role="alert" className="rounded-md border border-red-200 bg-red-50 p-4 text-sm text-red-800">
      <p>{say(refusal?.message ?? FIX_FIELDS)}</p>
      {refusal?.conflict && Object.keys(refusal.conflict.changes).length > 0 && (
        <ul className="mt-2 list-disc ps-5">
          {Object.entries(refusal.conflict.changes).map(([field, [before, after]]) => (
            <li key={field}>
              <span className="font-medium">{field}</span>: {displayValue(before)} → {displayValue(after)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
