import { describe, expect, it } from "vitest";
import { isBreached, newPasswordProblems as problems } from "@/lib/auth/password-policy";
import { inEnglish } from "../support/english";

const newPasswordProblems = (values: { password: string; confirm: string }, email: string) => inEnglish(problems(values, email));

describe("the breached list", () => {
  it("holds long passwords known from breaches, in any case, and not ordinary phrases", () => {
    expect(isBreached("qwerty123456")).toBe(true);
    expect(isBreached("Qwerty123456")).toBe(true);
    expect(isBreached("iloveyou1234")).toBe(true);
    expect(isBreached("correct horse battery staple at dawn")).toBe(false);
  });
});

describe("a new password", () => {
  it("is accepted when long, repeated, not from the email and not breached", () => {
    expect(newPasswordProblems({ password: "plum tree by the river", confirm: "plum tree by the river" }, "olivia@example.org")).toBeNull();
  });

  it("is refused with the reason beside the field", () => {
    expect(newPasswordProblems({ password: "short", confirm: "short" }, "a@example.org")).toMatchObject({ password: expect.stringMatching(/12 characters/) });
    expect(newPasswordProblems({ password: "plum tree by the river", confirm: "plum tree" }, "a@example.org")).toMatchObject({ confirm: expect.any(String) });
    expect(newPasswordProblems({ password: "Olivia-is-here-2026", confirm: "Olivia-is-here-2026" }, "olivia@example.org")).toMatchObject({ password: expect.stringMatching(/email/) });
    expect(newPasswordProblems({ password: "1q2w3e4r5t6y", confirm: "1q2w3e4r5t6y" }, "a@example.org")).toMatchObject({ password: expect.stringMatching(/breaches/) });
  });
});
