// next-auth configuration: email + password, and an OpenID Connect provider (e.g. Microsoft Entra ID)
// when OIDC_* is configured. The JWT cookie carries only the id of a database session (sessions.ts).
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { headers } from "next/headers";
import { appEnv, type Env } from "@/lib/env";
import { CLIENT_ADDRESS_HEADER } from "@/lib/security/client-address";
import { passwordlessUser } from "./second-factor/passkeys";
import { checkCredentials, endSession, findActiveUserByEmail, startSession, type ClientInfo } from "./sessions";

export const OIDC_PROVIDER_ID = "oidc";
/** Signing in with a passkey alone, for users who chose to (lib/auth/second-factor/passkeys.ts). */
export const PASSKEY_PROVIDER_ID = "passkey";

/**
 * The address and browser of the request being served. The address is the one the app's server
 * worked out from the connection and the trusted proxies (lib/security/client-address.ts), never
 * what the request says of itself.
 */
export async function clientInfo(): Promise<ClientInfo> {
  try {
    const h = await headers();
    return { ipAddress: h.get(CLIENT_ADDRESS_HEADER) || null, userAgent: h.get("user-agent") };
  } catch {
    return { ipAddress: null, userAgent: null };
  }
}

export function oidcProvider(env: Env) {
  if (!env.OIDC_ISSUER || !env.OIDC_CLIENT_ID || !env.OIDC_CLIENT_SECRET) return null;
  return {
    id: OIDC_PROVIDER_ID,
    name: env.OIDC_NAME,
    type: "oauth" as const,
    wellKnown: `${env.OIDC_ISSUER.replace(/\/$/, "")}/.well-known/openid-configuration`,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state"] as ("pkce" | "state")[],
    clientId: env.OIDC_CLIENT_ID,
    clientSecret: env.OIDC_CLIENT_SECRET,
    profile(profile: { sub: string; email?: string; preferred_username?: string; name?: string }) {
      const email = profile.email ?? profile.preferred_username ?? "";
      return { id: profile.sub, email, name: profile.name ?? email };
    },
  };
}

export function authOptions(): NextAuthOptions {
  const env = appEnv();
  const oidc = oidcProvider(env);
  return {
    secret: env.NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: env.SESSION_MAX_AGE_HOURS * 3600 },
    // Served over HTTPS: __Secure- cookies, sent only over HTTPS (always HttpOnly, SameSite=Lax).
    useSecureCookies: env.NEXTAUTH_URL?.startsWith("https://") ?? false,
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials) {
          const email = credentials?.email ?? "";
          const password = credentials?.password ?? "";
          if (!email || !password || email.length > 320 || password.length > 1024) return null;
          const user = await checkCredentials(email, password, await clientInfo());
          return user ? { id: user.id, email: user.email, name: user.name } : null;
        },
      }),
      CredentialsProvider({
        id: PASSKEY_PROVIDER_ID,
        name: "Passkey",
        credentials: { response: { label: "Passkey answer", type: "text" } },
        async authorize(credentials) {
          const json = credentials?.response ?? "";
          if (!json || json.length > 20_000) return null;
          let response;
          try {
            response = JSON.parse(json);
          } catch {
            return null;
          }
          const user = await passwordlessUser(response, await clientInfo());
          return user ? { id: user.id, email: user.email, name: user.name } : null;
        },
      }),
      ...(oidc ? [oidc] : []),
    ],
    callbacks: {
      async signIn({ user, account }) {
        if (account?.provider !== OIDC_PROVIDER_ID) return true;
        // Single sign-on admits only people the unit has already given an account.
        return Boolean(user.email && (await findActiveUserByEmail(user.email)));
      },
      async jwt({ token, user, account }) {
        if (user) {
          const userId =
            account?.provider === OIDC_PROVIDER_ID ? (await findActiveUserByEmail(user.email ?? ""))?.id : user.id;
          if (!userId) throw new Error("Sign-in without a matching active user");
          // The token keeps only the session id: role and status are read from the database each request.
          const method = account?.provider === OIDC_PROVIDER_ID ? "oidc" : account?.provider === PASSKEY_PROVIDER_ID ? "passkey" : "password";
          return { sid: await startSession(userId, await clientInfo(), method) };
        }
        return token;
      },
      async session({ session, token }) {
        return { expires: session.expires, sid: typeof token.sid === "string" ? token.sid : undefined };
      },
    },
    events: {
      async signOut({ token }) {
        if (typeof token?.sid === "string") await endSession(token.sid);
      },
    },
  };
}
