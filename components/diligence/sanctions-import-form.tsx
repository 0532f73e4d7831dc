"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FileField } from "@/components/ui/file-field";
import { importSanctionsAction } from "@/lib/diligence/actions";

/** Uploads the UN Security Council Consolidated List (XML); every partner is screened again. */
export function SanctionsImportForm({ limitMb }: { limitMb: number }) {
  const [result, action, pending] = useActionState(importSanctionsAction, null);
  const error = result && !result.ok ? (result.fieldErrors?.file ?? result.message) : undefined;
  return (
    <form action={action} className="space-y-3">
      {result?.ok && (
        <p role="status" className="text-sm text-emerald-700">
          Imported {result.entities} entities{result.delisted ? `, ${result.delisted} no longer listed` : ""}; every partner was screened again: {result.toReview} possible{" "}
          {result.toReview === 1 ? "match waits" : "matches wait"} for a decision.
        </p>
      )}
      <FileField
        label="The list's XML file"
        name="file"
        limitMb={limitMb}
        error={error}
        accept=".xml,application/xml,text/xml"
        hint={`consolidated.xml, as published by the UN Security Council (the app never fetches it itself); up to ${limitMb} MB.`}
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Importing and screening…" : "Import and screen"}
      </Button>
    </form>
  );
}
