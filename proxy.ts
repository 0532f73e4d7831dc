// Runs before every page: a fresh nonce and the Content-Security-Policy naming it (Next.js reads
// the policy from the request to put the nonce on its scripts). Not an access check: pages,
// queries and actions check the viewer themselves.
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy } from "@/lib/security/headers";

export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const issuer = process.env.OIDC_ISSUER;
  const policy = contentSecurityPolicy(nonce, {
    dev: process.env.NODE_ENV !== "production",
    formTargets: issuer ? [new URL(issuer).origin] : [],
  });
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Pages only: not static files, and not the file downloads (documents, PDFs, calendars, exports).
  matcher: ["/((?!_next/static|_next/image|favicon.ico|documents/|feeds/|api/|.*\\.pdf$|.*/export$).*)"],
};
