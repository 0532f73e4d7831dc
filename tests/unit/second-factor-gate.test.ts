// Who the second-factor gate holds, when a sensitive action asks again, and where /second-factor may
// send someone back to (never off the site).
import { describe, expect, it } from "vitest";
import { gateOf, localPath, needsStepUp, stepUpWindow } from "@/lib/auth/second-factor/gate";
import { ROLES, type Viewer } from "@/lib/policy";

const state = (enrolled: boolean, at: Date | null = null, viaIdentityProvider = false) => ({ enrolled, at, viaIdentityProvider });
const viewer = (secondFactor?: Viewer["secondFactor"]): Viewer => ({ userId: "u", sessionId: "s", name: "N", email: "n@example.org", role: "ADMIN", organisationId: null, secondFactor });

describe("the gate", () => {
  it.each(ROLES)("holds %s with a second factor until this session proves it", (role) => {
    expect(gateOf(role, state(true), false)).toBe("verify");
    expect(gateOf(role, state(true, new Date()), false)).toBeNull();
  });

  it("holds administrators without one to enrol, officers only when the unit requires it, never managers or partners", () => {
    const held = (officersMustEnrol: boolean) => ROLES.filter((role) => gateOf(role, state(false), officersMustEnrol) === "enrol");
    expect(held(false)).toEqual(["ADMIN"]);
    expect(held(true)).toEqual(["ADMIN", "OFFICER"]);
  });

  it("leaves sessions signed in through the identity provider to its own second factor", () => {
    for (const role of ROLES) {
      expect(gateOf(role, state(false, null, true), true)).toBeNull();
      expect(gateOf(role, state(true, null, true), true)).toBeNull();
    }
  });
});

describe("step-up", () => {
  const now = new Date("2026-12-02T12:00:00Z");
  const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);

  it("asks again once the last second factor is older than the window", () => {
    expect(needsStepUp(viewer(state(true, ago(900))), now, 900)).toBe(false);
    expect(needsStepUp(viewer(state(true, ago(901))), now, 900)).toBe(true);
    expect(needsStepUp(viewer(state(true, null)), now, 900)).toBe(true);
  });

  it("has nothing to ask of someone without a second factor, or signed in through the identity provider", () => {
    expect(needsStepUp(viewer(state(false)), now, 900)).toBe(false);
    expect(needsStepUp(viewer(state(true, ago(9999), true)), now, 900)).toBe(false);
    expect(needsStepUp(viewer(undefined), now, 900)).toBe(false);
  });

  it("words the window", () => {
    expect([stepUpWindow(900), stepUpWindow(60), stepUpWindow(5)]).toEqual([{ unit: "minutes", n: 15 }, { unit: "minutes", n: 1 }, { unit: "seconds", n: 5 }]);
  });
});

describe("the way back after /second-factor", () => {
  it("is a path on this site, or nothing", () => {
    expect(localPath("/admin/users")).toBe("/admin/users");
    expect(localPath("/agreements?q=ILO#x")).toBe("/agreements?q=ILO#x");
    for (const hostile of ["//evil.example", "/\\evil.example", "https://evil.example/", "javascript:alert(1)", "", "admin", ["/a", "/b"], undefined]) {
      expect(localPath(hostile), String(hostile)).toBeNull();
    }
  });
});
