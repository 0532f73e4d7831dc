// The control: one dynamic page, rendered per request like the app's list pages, with a 25-row
// agreements table from constants: no database, no session, no Prisma. What a page of ours costs
// above this is ours to explain (npm run bench measures both in one run).
import { connection } from "next/server";

const ROWS = Array.from({ length: 25 }, (_, i) => ({
  id: `ba${i + 1}`,
  reference: `BENCH/${String(i + 1).padStart(6, "0")}`,
  title: `Benchmark agreement ${i + 1} on labour migration and skills`,
  status: i % 3 ? "Active" : "Expired",
  parties: ["International Labour Organization", `Government of Country ${i + 1}`],
  expiresOn: `20${27 + (i % 5)}-0${1 + (i % 9)}-15`,
}));

export default async function ControlPage() {
  await connection(); // dynamic: rendered on every request, never cached
  return (
    <main className="mx-auto max-w-7xl px-6 py-8">
      <h1 className="text-2xl font-semibold">Agreements</h1>
      <table className="mt-6 min-w-full divide-y divide-slate-200 text-sm">
        <thead className="bg-slate-50 text-left text-xs font-semibold text-slate-500 uppercase">
          <tr>
            <th className="px-4 py-3">Agreement</th>
            <th className="px-4 py-3">Parties</th>
            <th className="px-4 py-3">Status</th>
            <th className="px-4 py-3">Expires</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {ROWS.map((row) => (
            <tr key={row.id}>
              <td className="px-4 py-3">
                <a href={`/agreements/${row.id}`} className="font-medium text-brand-700">
                  {row.title}
                </a>
                <div className="text-xs text-slate-500">{row.reference}</div>
              </td>
              <td className="px-4 py-3">{row.parties.join(", ")}</td>
              <td className="px-4 py-3">{row.status}</td>
              <td className="px-4 py-3">{row.expiresOn}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
