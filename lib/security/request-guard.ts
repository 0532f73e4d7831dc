// Requests refused before any page, action or route runs (proxy.ts asks this first): what no user
// of the app can send, answered with a 4xx that says why, instead of a framework error (500) later.
//  - an address no page could mean (broken percent-encoding, control characters);
//  - a body over the upload limit (lib/uploads): the body is read whole before an action runs,
//    so its declared size is judged before anything reads it (the app's server asks this one);
//  - a Server Action (any POST to a page) from another site, of a type React never sends, or whose
//    arguments are not what React's client encodes (broken JSON, references to parts not sent):
//    Next.js would fail decoding them. What is well formed reaches the action, which checks it
//    (formOf, nextAttempt in lib/domain/form-actions.ts).
import { FORM_FIELDS_BYTES, MB } from "@/lib/uploads/size";

/** What the guard reads of a request: the Fetch API's Request, or Next.js's. */
export interface GuardedRequest {
  method: string;
  headers: Headers;
  nextUrl: URL;
}

export interface Refusal {
  status: number;
  code: string;
  message: string;
}

/** What React's client posts to a Server Action: a form (multipart), or its arguments as text. */
const ACTION_TYPES = /^(multipart\/form-data;\s*boundary=|text\/plain\b|application\/x-www-form-urlencoded\b)/i;

function malformed(url: URL): boolean {
  try {
    return /[\u0000-\u001f\u007f]/.test(decodeURIComponent(url.pathname) + decodeURIComponent(url.search.replace(/\+/g, " ")));
  } catch {
    return true; // not valid percent-encoded UTF-8
  }
}

/** Whether the request's Origin is this site, as Next.js judges a Server Action's (forwarded host, else host). */
function sameOrigin(headers: Headers): boolean {
  const origin = headers.get("origin");
  if (origin === null) return true; // not a browser: it carries no one else's cookies
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  return URL.canParse(origin) && new URL(origin).host === host;
}

/** Any POST to a page is a Server Action (with a Next-Action header, or a form sent before the page's scripts ran). */
export function isServerAction(request: GuardedRequest): boolean {
  return request.method === "POST" && !request.nextUrl.pathname.startsWith("/api/");
}

/**
 * A body declared larger than the upload limit, refused before any of it is read (by the app's
 * server, scripts/serve.ts). One of undeclared length (chunked) meets the framework's ceilings
 * instead (next.config.ts), which answer 413 too. `uploadMb`: DOCUMENT_MAX_MB.
 */
export function bodySizeRefusal(method: string, headers: { "content-length"?: string }, uploadMb: number): Refusal | null {
  if (method === "GET" || method === "HEAD" || method === "OPTIONS") return null;
  const length = Number(headers["content-length"] ?? 0);
  // Answered before the app knows who asks or in which language: a plain English sentence.
  if (length > uploadMb * MB + FORM_FIELDS_BYTES) {
    return { status: 413, code: "too_large", message: `The request comes to ${(length / MB).toFixed(1)} MB; the limit is ${uploadMb} MB. Nothing was stored.` };
  }
  return null;
}

/** The refusal for `request` (in the proxy), or null to let it through. */
export function refusalOf(request: GuardedRequest): Refusal | null {
  if (malformed(request.nextUrl)) return { status: 400, code: "bad_address", message: "Bad request: the address holds characters no page uses." };
  if (!isServerAction(request)) return null; // next-auth checks its own requests; the JSON API takes none
  if (!sameOrigin(request.headers)) return { status: 403, code: "cross_origin", message: "Forbidden: this form was sent from another site." };
  const type = request.headers.get("content-type") ?? "";
  if (!ACTION_TYPES.test(type)) return { status: 415, code: "unsupported_type", message: "Unsupported request: forms are sent as multipart/form-data." };
  return null;
}

/** How a refusal is written: the JSON API's error shape under /api/v1, a sentence elsewhere. */
export function refusalResponse(pathname: string, { status, code, message }: Refusal): { status: number; contentType: string; body: string } {
  if (pathname.startsWith("/api/v1/")) return { status, contentType: "application/json", body: JSON.stringify({ error: { code, message } }) };
  return { status, contentType: "text/plain; charset=utf-8", body: message };
}

/**
 * Strings React's reply format allows in a form action's arguments: a form ($K), undefined, a
 * date, an escaped "$", a bigint and the special numbers. Others ($@ promises, $Q maps, $B blobs…)
 * point at parts of the request our forms never send.
 */
const PLAIN_REFERENCE = /^\$(K\d+|undefined|D.+|\$.*|n-?\d+|-0|NaN|-?Infinity)$/;

function plainArguments(value: unknown, depth = 0): boolean {
  if (depth > 32) return false;
  if (typeof value === "string") return !value.startsWith("$") || PLAIN_REFERENCE.test(value);
  if (Array.isArray(value)) return value.every((v) => plainArguments(v, depth + 1));
  if (value && typeof value === "object") return Object.values(value).every((v) => plainArguments(v, depth + 1));
  return true;
}

function parsedJson(text: string): { value: unknown } | null {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return null;
  }
}

const MALFORMED: Refusal = { status: 400, code: "malformed_action", message: "Bad request: the form's data could not be read. Reload the page and send it again." };

/**
 * The refusal for a Server Action's body (a POST to a page that passed `refusalOf`), or null. Reads
 * the body, which Next.js keeps a copy of for the action.
 */
export async function actionBodyRefusal(request: Request): Promise<Refusal | null> {
  const fetchAction = request.headers.has("next-action");
  let form: FormData;
  try {
    if (fetchAction && /^text\/plain\b/i.test(request.headers.get("content-type") ?? "")) {
      const args = parsedJson(await request.text());
      return args && Array.isArray(args.value) && plainArguments(args.value) ? null : MALFORMED;
    }
    if (!/^multipart\/form-data\b/i.test(request.headers.get("content-type") ?? "")) return null;
    form = await request.formData();
  } catch {
    return MALFORMED;
  }
  if (fetchAction) {
    const args = parsedJson(String(form.get("0") ?? ""));
    return args && Array.isArray(args.value) && plainArguments(args.value) ? null : MALFORMED;
  }
  // A form sent before the page's scripts ran: its bound arguments must at least be JSON.
  for (const [name, value] of form) {
    if (/^\$ACTION_\d+:\d+$/.test(name) && (typeof value !== "string" || !parsedJson(value))) return MALFORMED;
  }
  return null;
}
