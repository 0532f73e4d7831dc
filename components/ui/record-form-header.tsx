import type { FieldErrors } from "@/lib/domain/action-result";
import type { ActionResult } from "@/lib/domain/action-result";
import { Refusal } from "./refusal";

/** The top of a record's form: the id and version an edit must name, and why the last save was refused. */
export function RecordFormHeader({
  record,
  result,
  clientErrors,
}: {
  record?: { id: string; version: number };
  result: ActionResult | null;
  clientErrors: FieldErrors | null;
}) {
  return (
    <>
      {record && (
        <>
          <input type="hidden" name="id" value={record.id} />
          <input type="hidden" name="version" value={record.version} />
        </>
      )}
      <Refusal result={result} clientErrors={clientErrors} />
    </>
  );
}
