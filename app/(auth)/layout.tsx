// The frame of the pages people see before they are signed in: the unit's name over a narrow column.
export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm">
        <div className="mb-8 text-center">
          <p className="text-xs font-semibold tracking-widest text-brand-600 uppercase">Regional Unit for Partnerships</p>
          <h1 className="mt-2 text-2xl font-semibold text-slate-900">Partnership records</h1>
        </div>
        {children}
      </div>
    </main>
  );
}
