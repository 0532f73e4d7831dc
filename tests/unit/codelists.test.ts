import { expect, it } from "vitest";
import { countryName, organisationKinds, partyRoles, projectLifecycles } from "@/lib/domain/codelists";
import { displayDate, displayMoney } from "@/lib/domain/format";

it("names countries as the UN and the brochure do", () => {
  expect(countryName("VN")).toBe("Viet Nam");
  expect(countryName("LA")).toBe("Lao PDR");
  expect(countryName("TH")).toBe("Thailand");
  expect(countryName(null)).toBe("Regional");
});

it("keeps IATI codes beside our labels", () => {
  expect(organisationKinds.GOVERNMENT.iati).toBe("10");
  expect(partyRoles.FUNDING.iati).toBe("1");
  expect(partyRoles.IMPLEMENTING.iati).toBe("4");
  expect(projectLifecycles.SUSPENDED.iati).toBe("6");
});

it("shows a calendar date as the same day in every time zone", () => {
  expect(displayDate(new Date("2007-03-20T00:00:00Z"))).toBe("20 Mar 2007");
  expect(displayDate(null, "Open-ended")).toBe("Open-ended");
});

it("shows money exactly, grouped, with its currency", () => {
  const exact = { toFixed: () => "380000000.10" };
  expect(displayMoney(exact, "JPY")).toBe("JPY 380,000,000.10");
  expect(displayMoney(null, "USD")).toBe("—");
});
