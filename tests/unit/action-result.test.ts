// A refusal goes back to the server with the form's next submission: React writes an object met
// twice as a path into the request, which the request guard refuses as malformed.
import { expect, it } from "vitest";
import { denied, refused } from "@/lib/domain/action-result";
import { msg } from "@/lib/i18n/message";

it("gives a refusal objects of its own, even when one message stands for the form and a field", () => {
  const wrong = msg("problems.codeWrong");
  const result = refused(wrong, { code: wrong });
  if (result.ok) throw new Error("refused");
  expect(result.message).toEqual(wrong);
  expect(result.fieldErrors?.code).toEqual(wrong);
  expect(result.message).not.toBe(result.fieldErrors?.code);
  expect(result.message).not.toBe(wrong);
  const no = denied(wrong);
  expect(!no.ok && no.message).not.toBe(wrong);
});
