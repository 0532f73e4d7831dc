/** Recovery codes, the one time they are shown. */
export function RecoveryCodes({ codes }: { codes: string[] }) {
  return (
    <div role="status" className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">
      <p className="font-medium">Your recovery codes: keep them somewhere safe, apart from your phone.</p>
      <p>Each works once, in place of a code from the app, if you lose it. They are not shown again.</p>
      <ol aria-label="Recovery codes" className="grid grid-cols-2 gap-x-6 gap-y-1 font-mono text-base">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ol>
    </div>
  );
}
