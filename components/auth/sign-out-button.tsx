"use client";

import { signOut } from "@/components/auth/next-auth-client";

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={() => signOut()}
      className="rounded-md px-3 py-1.5 text-sm whitespace-nowrap text-white/90 hover:bg-white/10"
    >
      Sign out
    </button>
  );
}
