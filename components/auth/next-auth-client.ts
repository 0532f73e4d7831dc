/**
 * The three calls the app makes to next-auth from the browser, without `next-auth/react`: that
 * module is compiled with Babel's runtime (regenerator, class helpers: 8 KB compressed) and would
 * load on every signed-in page for the sign-out button alone. These are the same requests it makes
 * (next-auth 4's REST API: the CSRF token, then a form post asking for JSON back).
 */
async function post(path: string, fields: Record<string, string>) {
  const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await fetch(`/api/auth/${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ ...fields, csrfToken, json: "true" }),
  });
  const { url } = (await response.json()) as { url?: string };
  return { ok: response.ok, url: url ?? null };
}

/**
 * Signs in with a provider that answers at once (the password, the passkey): `error` is next-auth's
 * error code from the answer (ours carry the back-off, `throttled:<seconds>`), null when signed in.
 */
export async function signIn(provider: string, fields: Record<string, string>) {
  const { ok, url } = await post(`callback/${provider}`, { ...fields, callbackUrl: "/" });
  const error = url ? new URL(url, window.location.href).searchParams.get("error") : "Unknown";
  return { ok: ok && !error, error };
}

/** Signs in through the organisation's identity provider: its page opens in place of ours. */
export async function signInElsewhere(provider: string) {
  const { url } = await post(`signin/${provider}`, { callbackUrl: "/" });
  window.location.href = url ?? "/sign-in";
}

/** Signs out (next-auth clears the cookie and ends the session), then shows the sign-in page. */
export async function signOut() {
  await post("signout", { callbackUrl: "/sign-in" });
  // A full page load, not the router: nothing of the signed-in pages stays in the router's cache.
  window.location.assign(new URL("/sign-in", window.location.href));
}
