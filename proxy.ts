// Runs before every request but static files. Refuses request URLs no page could mean (broken
// percent-encoding, control characters: PostgreSQL rejects a NUL byte outright), then gives pages
// a fresh nonce and the Content-Security-Policy naming it (Next.js reads the policy from the
// request to put the nonce on its scripts). Not an access check: pages, queries and actions
// check the viewer themselves.
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy } from "@/lib/security/headers";

// File downloads (documents, PDFs, calendars, exports) and next-auth's endpoints need no policy.
const NOT_A_PAGE = /^\/(documents|feeds|api)\/|\.pdf$|\/export$/;

function malformed(url: URL): boolean {
  try {
    return /[\u0000-\u001f\u007f]/.test(decodeURIComponent(url.pathname) + decodeURIComponent(url.search.replace(/\+/g, " ")));
  } catch {
    return true; // not valid percent-encoded UTF-8
  }
}

export function proxy(request: NextRequest) {
  if (malformed(request.nextUrl)) {
    return new NextResponse("Bad request: the address holds characters no page uses.", { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  if (NOT_A_PAGE.test(request.nextUrl.pathname)) return NextResponse.next();
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
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
