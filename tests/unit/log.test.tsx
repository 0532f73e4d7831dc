// Server logs are JSON lines that never carry secrets or personal data beyond ids; a failed
// request is logged under the reference its error page shows.
import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import ErrorPage from "@/app/error";
import { messagesFor } from "@/lib/i18n/messages";
import { log, logRequestError, routeConsoleToJson } from "@/lib/log";

function captured(stream: "stdout" | "stderr") {
  const lines: string[] = [];
  vi.spyOn(process[stream], "write").mockImplementation((chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  });
  return () => lines.join("").trim().split("\n").filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
}

afterEach(() => vi.restoreAllMocks());

describe("log", () => {
  it("writes one JSON object per line, with time and level", () => {
    const lines = captured("stdout");
    log("info", "reminders sent", { count: 3, agreementId: "cmx1gpuci001kgt7d4qsi30ip" });
    expect(lines()).toEqual([{ time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), level: "info", msg: "reminders sent", count: 3, agreementId: "cmx1gpuci001kgt7d4qsi30ip" }]);
  });

  it("hides secrets and personal data by key, and masks emails and tokens inside text", () => {
    const lines = captured("stderr");
    const token = "Zk3n8Qx1aP0v2Lr7Tt9mYb4Hc6Wd5Es1Fo8Gi3Jk0U";
    log("warn", `link ${token} for olivia@example.org failed`, {
      password: "hunter2 but longer",
      nested: { sessionToken: "abc", cookie: "next-auth.session-token=xyz", email: "a@b.org", ipAddress: "203.0.113.9" },
      note: `sent to maya@example.org with /welcome/${token}`,
      userId: "cmx1gpuci001kgt7d4qsi30ip",
    });
    const [line] = lines();
    const text = JSON.stringify(line);
    for (const secret of ["hunter2", "abc", "xyz", "a@b.org", "203.0.113.9", "olivia@", "maya@", token]) expect(text).not.toContain(secret);
    expect(line).toMatchObject({ level: "warn", msg: "link [token] for [email] failed", note: "sent to [email] with /welcome/[token]", userId: "cmx1gpuci001kgt7d4qsi30ip" });
  });

  it("logs a failed request under its error's digest, with the path but not the query", () => {
    const lines = captured("stderr");
    const error = Object.assign(new Error("invalid byte sequence"), { digest: "3085456951" });
    logRequestError(error, { path: "/agreements?q=Siti%20Rahman", method: "GET" }, { routePath: "/(app)/agreements", routeType: "render" });
    const [line] = lines();
    expect(line).toMatchObject({ level: "error", msg: "request failed", ref: "3085456951", method: "GET", path: "/agreements", route: "/(app)/agreements" });
    expect(line.error).toMatchObject({ name: "Error", message: "invalid byte sequence", stack: expect.stringContaining("log.test.ts") });
    expect(JSON.stringify(line)).not.toContain("Siti");
  });

  it("turns console output into JSON lines, errors with their stack", () => {
    const lines = captured("stderr");
    const saved = { ...console };
    routeConsoleToJson();
    try {
      console.error("⨯ failed for", "officer@example.org", new Error("boom"));
    } finally {
      Object.assign(console, saved);
    }
    expect(lines()).toEqual([expect.objectContaining({ level: "error", msg: "⨯ failed for [email] boom", error: expect.objectContaining({ message: "boom" }) })]);
  });
});

describe("the error page", () => {
  it.each([
    ["en", "Reference: 1234567890"],
    ["fr", "Référence\u00a0: 1234567890"],
  ] as const)("shows the reference (%s) and never the error's message or stack", (locale, reference) => {
    const error = Object.assign(new Error("relation \"User\" does not exist at /work/main/lib/db.ts:12"), { digest: "1234567890" });
    const html = renderToStaticMarkup(
      <NextIntlClientProvider locale={locale} messages={messagesFor(locale)} timeZone="UTC">
        <ErrorPage error={error} reset={() => {}} />
      </NextIntlClientProvider>,
    );
    expect(html).toContain(reference);
    expect(html).not.toContain("relation");
    expect(html).not.toContain("lib/db.ts");
  });
});
