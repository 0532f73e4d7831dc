// A labelled form control with its error beside it. The control is passed as children and gets
// its id from `name`, so the label and error are tied to it for screen readers.
import { cloneElement, isValidElement, type ReactElement } from "react";
import type { Text } from "@/lib/i18n/message";
import { useSay } from "@/lib/i18n/use-say";

export function Field({
  label,
  name,
  error,
  hint,
  children,
  className = "",
}: {
  label: string;
  name: string;
  error?: Text;
  hint?: string;
  children: React.ReactNode;
  className?: string;
}) {
  const say = useSay();
  return (
    <div className={className}>
      <label htmlFor={name} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      <div className="mt-1">{error && isValidElement(children) ? described(children, `${name}-error`) : children}</div>
      {hint && !error && <p className="mt-1 text-xs text-slate-500">{hint}</p>}
      {error && (
        <p id={`${name}-error`} className="mt-1 text-sm text-red-700">
          {say(error)}
        </p>
      )}
    </div>
  );
}

export const inputClass =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-600 focus:ring-1 focus:ring-brand-600 focus:outline-none aria-[invalid=true]:border-red-500";

/** The control, its error named as its description (read out when it has focus). */
function described(control: ReactElement, errorId: string) {
  return cloneElement(control as ReactElement<{ "aria-describedby"?: string }>, { "aria-describedby": errorId });
}
