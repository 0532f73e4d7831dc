import Link from "next/link";
import { Arrow } from "./arrow";

/** A page's way back, its title and what it is for: the head of the administrators' pages. */
export function PageHeader({ back, title, children }: { back: { href: string; label: string }; title: string; children?: React.ReactNode }) {
  return (
    <div>
      <Link href={back.href} className="text-sm text-brand-600 hover:underline print:hidden">
        <Arrow to="back" /> {back.label}
      </Link>
      <h1 className="mt-2 text-2xl font-semibold">{title}</h1>
      {children && <p className="mt-1 max-w-3xl text-sm text-slate-600">{children}</p>}
    </div>
  );
}
