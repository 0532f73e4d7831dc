// Runs before every request but static files. Refuses what no user of the app sends (an address no
// page could mean, a Server Action from another site, of the wrong type or with arguments React
// never encodes: lib/security/request-guard.ts), then gives pages a fresh nonce and the Content-Security-
// Policy naming it (Next.js reads the policy from the request to put the nonce on its scripts).
// Not an access check: pages, queries and actions
// check the viewer themselves. It also drops a callback-url cookie next-auth would refuse: next-auth
// answers "server configuration" errors (500 on every page) to one that is not an http(s) address,
// and anyone who can set a cookie for the domain could lock people out with it.
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy } from "@/lib/security/headers";
import { actionBodyRefusal, isServerAction, refusalOf, refusalResponse } from "@/lib/security/request-guard";

// File downloads (documents, PDFs, calendars, exports), the client messages (intl), next-auth's endpoints and the JSON API need
// no policy; the API's reference page (/api/docs) is a page.
const NOT_A_PAGE = /^\/(documents|feeds|intl)\/|^\/api\/(?!docs$)|\.pdf$|\/export$/;

/** next-auth's callback-url cookies (plain and __Secure-) holding what next-auth would refuse. */
function unusableCallbackCookies(request: NextRequest): string[] {
  return request.cookies
    .getAll()
    .filter(({ name, value }) => name.endsWith("next-auth.callback-url") && !isHttpAddress(value, request.nextUrl.origin))
    .map(({ name }) => name);
}

/** A path or an http(s) address, as next-auth's own check of the cookie reads it. */
function isHttpAddress(value: string, origin: string): boolean {
  const base = value.startsWith("/") ? origin : undefined;
  return URL.canParse(value, base) && /^https?:$/.test(new URL(value, base).protocol);
}

export async function proxy(request: NextRequest) {
  const refusal = refusalOf(request) ?? (isServerAction(request) ? await actionBodyRefusal(request) : null);
  if (refusal) {
    const { status, contentType, body } = refusalResponse(request.nextUrl.pathname, refusal);
    return new NextResponse(body, { status, headers: { "content-type": contentType, "cache-control": "no-store" } });
  }
  const unusable = unusableCallbackCookies(request);
  for (const name of unusable) request.cookies.delete(name);
  const response = NOT_A_PAGE.test(request.nextUrl.pathname) ? NextResponse.next({ request: { headers: request.headers } }) : withPolicy(request);
  // Cleared in the browser too (a __Secure- cookie can only be cleared by a Secure one).
  for (const name of unusable) response.cookies.set(name, "", { path: "/", maxAge: 0, httpOnly: true, sameSite: "lax", secure: name.startsWith("__Secure-") });
  return response;
}

function withPolicy(request: NextRequest): NextResponse {
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
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|manifest.webmanifest).*)"],
};
