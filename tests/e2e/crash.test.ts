// Nothing lost: the app killed outright (SIGKILL, launcher and server at once) in the middle of
// concurrent writes comes back with its database intact and every acknowledged write in it; a
// SIGTERM lets requests in flight finish before the app exits. Runs its own app instances, with the
// build the other e2e tests use, on the embedded database only: a PostgreSQL server outlives the app.
import { describe, expect, inject, it } from "vitest";
import { actionId, backupTables, callAction, signInCookie, type Tables } from "@/scripts/http";
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from "./app";
import { exited, ownAppPerFile } from "./own-app";

describe.runIf(inject("databaseKind") === "embedded")("crash (on the embedded database, whose durability is ours)", () => {
  const own = ownAppPerFile();

  let lastRefusal = "";

  /** Saves a new partner through the partner form's Server Action; true when the app acknowledged it. */
  async function savePartner(cookie: string, name: string): Promise<boolean> {
    try {
      const { redirect, status, text } = await callAction(own.base, cookie, actionId("savePartnerAction"), "/partners/new", { name, kind: "GOVERNMENT", country: "TH" });
      if (!redirect?.startsWith("/partners/")) lastRefusal = `${status} ${text.slice(0, 300)}`;
      return redirect?.startsWith("/partners/") ?? false;
    } catch (error) {
      lastRefusal = String(error);
      return false; // the connection died with the app
    }
  }

  function expectIntact(tables: Tables, acknowledged: string[], prefix: string) {
    const organisations = tables.Organisation.filter((o) => String(o.name).startsWith(prefix));
    const names = new Set(organisations.map((o) => String(o.name)));
    for (const name of acknowledged) expect(names.has(name), `${name} was acknowledged`).toBe(true);
    // Each partner and its audit event were written in one transaction: both or neither.
    const created = new Set(tables.AuditEvent.filter((e) => e.entityType === "Organisation" && e.action === "create").map((e) => String(e.entityId)));
    for (const organisation of organisations) expect(created.has(String(organisation.id)), `${String(organisation.name)} has its audit event`).toBe(true);
    const ids = new Set(tables.Organisation.map((o) => String(o.id)));
    for (const id of created) expect(ids.has(id), `audit event for ${id} has its organisation`).toBe(true);
  }

  it("killed with SIGKILL during concurrent writes, it restarts intact with every acknowledged write", async () => {
    const officer = await signInCookie(own.base, "officer@example.org", DEMO_PASSWORD);
    const acknowledged: string[] = [];
    let killed = false;
    const writer = async (w: number) => {
      for (let i = 0; !killed; i++) {
        const name = `Crash ${w}-${i}`;
        if (await savePartner(officer, name)) acknowledged.push(name);
      }
    };
    const writers = [0, 1, 2, 3, 4, 5].map(writer);
    for (const deadline = Date.now() + 60_000; acknowledged.length < 25; await new Promise((r) => setTimeout(r, 10))) {
      if (Date.now() > deadline) throw new Error(`Saves are not being acknowledged; the last answer: ${lastRefusal}`);
    }
    process.kill(-own.app!.pid!, "SIGKILL"); // the launcher (and, embedded, the database in it) and the server
    killed = true;
    await Promise.all(writers);
    await exited(own.app!);

    await own.start();
    expectIntact(await backupTables(own.base, "admin@example.org", DEMO_PASSWORD, DEMO_TOTP_SECRET), acknowledged, "Crash ");
    expect((await fetch(`${own.base}/partners?q=Crash`, { headers: { cookie: officer } })).status).toBe(200);
  }, 180_000);

  it("stopped with SIGTERM, it finishes the requests in flight, then exits cleanly", async () => {
    const officer = await signInCookie(own.base, "officer@example.org", DEMO_PASSWORD);
    const names = Array.from({ length: 12 }, (_, i) => `Graceful ${i}`);
    let answered = 0;
    const saves = names.map((name) => savePartner(officer, name).finally(() => answered++));
    await Promise.race(saves); // the first answer: the others are accepted and waiting their turn
    const stopping = exited(own.app!);
    process.kill(own.app!.pid!, "SIGTERM"); // the launcher, as a service manager would
    expect(answered, "requests still in flight when the app was told to stop").toBeLessThan(names.length);
    const answers = await Promise.all(saves);
    expect(answers.every(Boolean), `acknowledged: ${answers.join(", ")}`).toBe(true);
    expect(await stopping).toBe(0);

    await own.start();
    expectIntact(await backupTables(own.base, "admin@example.org", DEMO_PASSWORD, DEMO_TOTP_SECRET), names, "Graceful ");
  }, 180_000);
});
