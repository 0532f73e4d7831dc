import { expect, it } from "vitest";
import { listQuery } from "@/lib/domain/list-query";

it("keeps a list's filters in its links, leaves the page out, and lets a link clear a parameter", () => {
  const link = listQuery({ q: "lao", kind: "GOVERNMENT", desc: "1", page: "3", empty: "" });
  expect(link("/partners", { page: "2" })).toBe("/partners?q=lao&kind=GOVERNMENT&desc=1&page=2");
  expect(link("/partners/export", { format: "xlsx" })).toBe("/partners/export?q=lao&kind=GOVERNMENT&desc=1&format=xlsx");
  // Sorting back to ascending must drop desc, not keep the one in the URL.
  expect(link("/partners", { sort: "name", desc: undefined })).toBe("/partners?q=lao&kind=GOVERNMENT&sort=name");
  expect(listQuery({})("/projects")).toBe("/projects");
});
