import { describe, expect, it } from "vitest";
import * as codelists from "@/lib/domain/codelists";
import { CODES } from "@/lib/domain/codes";

describe("the code lists the browser offers", () => {
  it("hold the same codes in the same order as the labelled lists", () => {
    for (const [list, codes] of Object.entries(CODES)) {
      const labelled = codelists[list as keyof typeof codelists] as Record<string, unknown>;
      expect(codes, list).toEqual(Object.keys(labelled));
    }
  });

  it("leave out no labelled list", () => {
    const labelled = Object.entries(codelists).filter(([, value]) => typeof value === "object" && !Array.isArray(value) && Object.values(value).every((entry) => typeof entry === "object" && entry !== null && "label" in entry));
    expect(Object.keys(CODES).sort()).toEqual(labelled.map(([name]) => name).sort());
  });
});
