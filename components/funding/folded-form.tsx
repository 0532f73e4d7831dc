"use client";
// The funding section's forms, folded under their titles and fetched the first time one is opened:
// most visits to an agreement read its money without adding to it, and these forms were the
// largest part of the page's own script (decision 025). A form asked for open (a receipt link)
// is rendered at once. React's lazy, not next/dynamic: that one adds 2.5 KB of its own.
import { useTranslations } from "next-intl";
import { lazy, Suspense, useState, type ComponentProps } from "react";
import type { CommitmentForm } from "./commitment-form";
import type { InstalmentForm } from "./instalment-form";
import type { ReceiptForm } from "./receipt-form";

const FORMS = {
  commitment: lazy(() => import("./commitment-form").then((m) => ({ default: m.CommitmentForm }))),
  instalment: lazy(() => import("./instalment-form").then((m) => ({ default: m.InstalmentForm }))),
  receipt: lazy(() => import("./receipt-form").then((m) => ({ default: m.ReceiptForm }))),
};

type FormProps = {
  commitment: ComponentProps<typeof CommitmentForm>;
  instalment: ComponentProps<typeof InstalmentForm>;
  receipt: ComponentProps<typeof ReceiptForm>;
};

export function FoldedForm<K extends keyof FormProps>({ form, props, title, id, open = false }: { form: K; props: FormProps[K]; title: string; id: string; open?: boolean }) {
  const t = useTranslations("common");
  const [opened, setOpened] = useState(open);
  const Form = FORMS[form] as React.ComponentType<FormProps[K]>;
  return (
    <details id={id} open={open} onToggle={(event) => event.currentTarget.open && setOpened(true)} className="rounded-md border border-slate-200 p-3 open:bg-slate-50">
      <summary className="cursor-pointer text-sm font-medium text-brand-700">{title}</summary>
      <div className="mt-3">
        {opened && (
          <Suspense
            fallback={
              <p role="status" className="text-sm text-slate-500">
                {t("loading")}
              </p>
            }
          >
            <Form {...props} />
          </Suspense>
        )}
      </div>
    </details>
  );
}
