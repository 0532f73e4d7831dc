import { describe, expect, it } from "vitest";
import { ConfigurationError, parseEnv } from "@/lib/env";
import { sessionSecret } from "@/lib/database";

describe("configuration", () => {
  it("starts with no environment at all, on defaults", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ PORT: 3000, DATA_DIR: "./data", SESSION_IDLE_MINUTES: 120 });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it.each([
    [{ PORT: "eighty" }, "PORT: must be a whole number from 1 to 65535"],
    [{ DATABASE_URL: "mysql://db/app" }, "DATABASE_URL: must be a postgresql:// URL"],
    [{ NEXTAUTH_SECRET: "short" }, "NEXTAUTH_SECRET: must be at least 32 characters"],
    [{ DEMO_PASSWORD: "demo" }, "DEMO_PASSWORD: must be at least 12 characters"],
    [{ OIDC_ISSUER: "https://login.example.org" }, "OIDC_ISSUER: OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET must be set together"],
    [{ TRUSTED_PROXIES: "10.0.0.0/33" }, 'TRUSTED_PROXIES: "10.0.0.0/33" is neither an IP address nor a CIDR range'],
    [{ TRUSTED_PROXIES: "my-proxy.local" }, 'TRUSTED_PROXIES: "my-proxy.local" is neither an IP address nor a CIDR range'],
    [{ TIME_ZONE: "Bangkok" }, "TIME_ZONE: must be an IANA time zone such as Asia/Bangkok or UTC"],
    [{ PSEUDO_LOCALE: "yes" }, "PSEUDO_LOCALE: must be a whole number from 0 to 1"],
  ])("refuses %o naming the variable", (source, message) => {
    expect(() => parseEnv(source)).toThrow(ConfigurationError);
    expect(() => parseEnv(source)).toThrow(message);
  });

  it("refuses to run on DATABASE_URL without a session secret, naming the variable", () => {
    const env = parseEnv({ DATABASE_URL: "postgresql://app@db/app" });
    expect(() => sessionSecret(env)).toThrow(/NEXTAUTH_SECRET is not set/);
  });
});

describe("single sign-on", () => {
  it("is offered only when the OpenID Connect provider is configured", async () => {
    const { oidcProvider } = await import("@/lib/auth/options");
    expect(oidcProvider(parseEnv({}))).toBeNull();
    const provider = oidcProvider(
      parseEnv({
        OIDC_ISSUER: "https://login.microsoftonline.com/tenant/v2.0/",
        OIDC_CLIENT_ID: "client",
        OIDC_CLIENT_SECRET: "secret",
        OIDC_NAME: "Microsoft Entra ID",
      }),
    );
    expect(provider).toMatchObject({
      id: "oidc",
      name: "Microsoft Entra ID",
      wellKnown: "https://login.microsoftonline.com/tenant/v2.0/.well-known/openid-configuration",
    });
  });
});
