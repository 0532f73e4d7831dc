// Every environment variable the app reads, parsed once, with errors that name the variable.
import { z } from "zod";
import { parseRetention } from "@/lib/backup/retention";
import { trustedProxies } from "@/lib/security/client-address";

const optional = z.string().trim().optional().transform((v) => (v ? v : undefined));

function numberVar(min: number, max: number, fallback: number) {
  return optional.transform((value, ctx) => {
    if (value === undefined) return fallback;
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max) {
      ctx.addIssue({ code: "custom", message: `must be a whole number from ${min} to ${max}` });
      return z.NEVER;
    }
    return n;
  });
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const schema = z
  .object({
    DATABASE_URL: optional.pipe(
      z.string().regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL").optional(),
    ),
    DATA_DIR: optional.transform((v) => v ?? "./data"),
    PORT: numberVar(1, 65535, 3000),
    NEXTAUTH_URL: optional.pipe(z.url("must be a URL such as https://partnerships.example.org").optional()),
    NEXTAUTH_SECRET: optional.pipe(z.string().min(32, "must be at least 32 characters").optional()),
    DATABASE_POOL_MAX: numberVar(1, 100, 10),
    DEMO_PASSWORD: optional.pipe(z.string().min(12, "must be at least 12 characters").optional()),
    // The demo administrator's authenticator-app secret (base32), for tests and scripts; unset, the
    // demo administrator sets up a second factor at the first sign-in.
    DEMO_TOTP_SECRET: optional.pipe(z.string().regex(/^[A-Z2-7]{16,64}$/, "must be base32 (A-Z, 2-7), 16 to 64 characters").optional()),
    SESSION_MAX_AGE_HOURS: numberVar(1, 720, 12),
    SESSION_IDLE_MINUTES: numberVar(5, 1440, 120),
    // How long a proved second factor counts for sensitive actions (user administration, backups,
    // API tokens) before they ask for it again.
    STEP_UP_SECONDS: numberVar(5, 3600, 900),
    DOCUMENT_MAX_MB: numberVar(1, 25, 20),
    /**
     * The reverse proxies in front of the app, whose X-Forwarded-For is believed: a number of hops,
     * or their addresses and CIDR ranges; unset, the connection's own address is the client's.
     */
    TRUSTED_PROXIES: optional.superRefine((value, ctx) => {
      try {
        trustedProxies(value);
      } catch (error) {
        ctx.addIssue({ code: "custom", message: (error as Error).message.replace(/^TRUSTED_PROXIES: /, "") });
      }
    }),
    OIDC_ISSUER: optional.pipe(z.url("must be the issuer URL of the OpenID Connect provider").optional()),
    OIDC_CLIENT_ID: optional,
    OIDC_CLIENT_SECRET: optional,
    OIDC_NAME: optional.transform((v) => v ?? "single sign-on"),
    /** Outgoing mail, e.g. smtps://user:password@mail.example.org:465; unset = no email is sent (it waits in the outbox). */
    SMTP_URL: optional.pipe(z.string().regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL").optional()),
    MAIL_FROM: optional.transform((v) => v ?? "Partnership records <no-reply@localhost>"),
    /** The reporting organisation of the IATI file: its IATI identifier, name and IATI organisation type. */
    IATI_ORGANISATION_ID: optional.pipe(z.string().regex(/^[A-Za-z0-9][A-Za-z0-9-_.]*$/, "must be an IATI organisation identifier such as XM-DAC-41302").optional()),
    IATI_ORGANISATION_NAME: optional,
    IATI_ORGANISATION_TYPE: optional.transform((v) => v ?? "40"),
    /** IATI (OECD DAC) region of activities that name no country, e.g. 798 "Asia, regional". */
    IATI_DEFAULT_REGION: optional.transform((v) => v ?? "798"),
    /** Requests one API token may make per minute, across every instance of the app. */
    API_RATE_LIMIT_PER_MINUTE: numberVar(1, 100_000, 120),
    /** How often the reminder and mail jobs run; 0 turns them off (e.g. when cron runs `npm run jobs`). */
    JOBS_EVERY_MINUTES: numberVar(0, 1440, 15),
    /**
     * Where the app writes its own verified backups (lib/backup/scheduled.ts): another disk, ideally.
     * `npm start` sets DATA_DIR/backups on the embedded database; unset on PostgreSQL, the app takes
     * none (the server's own tools do: README).
     */
    BACKUP_DIR: optional,
    /** The organisation's time zone (IANA, e.g. Asia/Bangkok): the day "today" is, for due dates and reminders. */
    TIME_ZONE: optional.refine((v) => v === undefined || isTimeZone(v), "must be an IANA time zone such as Asia/Bangkok or UTC"),
    /** 1: the pseudo-language (lib/i18n/pseudo.ts) answers a `locale=pseudo` cookie; for tests and translators, not for people. */
    PSEUDO_LOCALE: numberVar(0, 1, 0).transform((v) => v === 1),
    /** Hours between automatic backups; 0 turns them off. */
    BACKUP_EVERY_HOURS: numberVar(0, 168, 24),
    /** How many of the newest daily, weekly and monthly backups to keep. */
    BACKUP_RETENTION: optional
      .transform((v) => v ?? "7,4,12")
      .refine((v) => parseRetention(v) !== null, "must be three whole numbers, daily,weekly,monthly, such as 7,4,12"),
  })
  .superRefine((env, ctx) => {
    const oidc = [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET];
    if (oidc.some(Boolean) && !oidc.every(Boolean)) {
      ctx.addIssue({
        code: "custom",
        path: ["OIDC_ISSUER"],
        message: "OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET must be set together",
      });
    }
  });

export type Env = z.infer<typeof schema>;

export class ConfigurationError extends Error {
  name = "ConfigurationError";
}

export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigurationError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  return result.data;
}

let cached: Env | undefined;

/** The app server's environment: it always runs with a database and a secret (see scripts/start.ts). */
export function appEnv(): Env & { DATABASE_URL: string; NEXTAUTH_SECRET: string } {
  cached ??= parseEnv();
  const env = cached;
  if (!env.DATABASE_URL) throw new ConfigurationError("DATABASE_URL is not set: start the app with `npm start`.");
  if (!env.NEXTAUTH_SECRET) throw new ConfigurationError("NEXTAUTH_SECRET is not set: start the app with `npm start`.");
  return { ...env, DATABASE_URL: env.DATABASE_URL, NEXTAUTH_SECRET: env.NEXTAUTH_SECRET };
}
