import type { Metadata } from "next";
import Link from "next/link";
import { SetPasswordForm } from "@/components/auth/set-password-form";
import { tokenHolder } from "@/lib/users/mutations";

export const metadata: Metadata = { title: "Choose your password", referrer: "no-referrer" };

// Reached from an invitation or password-reset email: the token is the only credential here.
export default async function WelcomePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const holder = await tokenHolder(token);
  return (
    <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
      {holder ? (
        <>
          <p className="mb-4 text-sm text-slate-700">
            {holder.purpose === "INVITATION" ? "Welcome" : "Hello"}, {holder.name}. Choose {holder.purpose === "INVITATION" ? "a" : "a new"} password for <span className="font-medium">{holder.email}</span>.
          </p>
          <SetPasswordForm token={token} />
        </>
      ) : (
        <p className="text-sm text-slate-700">
          This link has been used or has expired. Ask your administrator for a new one, or{" "}
          <Link href="/sign-in" className="text-brand-600 hover:underline">
            sign in
          </Link>
          .
        </p>
      )}
    </div>
  );
}
