import { expect, it } from "vitest";
import { countryName, organisationKinds, partyRoles, projectLifecycles } from "@/lib/domain/codelists";
import { displayDate, displayMoney, displayValue } from "@/lib/domain/format";

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

it("shows a recorded change's dates as every other date is shown, and leaves other text alone", () => {
  expect(displayValue("2030-06-04")).toBe("4 Jun 2030");
  expect(displayValue("2028-12-04T00:00:00.000Z")).toBe("4 Dec 2028");
  expect(displayValue(["2026-01-16", "KH"])).toBe("16 Jan 2026; KH");
  expect(displayValue("2028-12-04T10:30:00.000Z")).toBe("2028-12-04T10:30:00.000Z"); // a moment, not a day
  expect(displayValue("RUP/2026-01")).toBe("RUP/2026-01");
  expect(displayValue("")).toBe("(empty)");
  expect(displayValue([])).toBe("(none)");
});
