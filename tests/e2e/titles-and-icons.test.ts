// Every record page has a title of its own (what a screen reader announces first, what tells tabs
// and history apart), and the browser finds an icon and a web app manifest.
import { beforeAll, describe, expect, inject, it } from "vitest";
import { signInCookie } from "@/scripts/http";
import { DEMO_PASSWORD } from "./app";
import { url } from "./browser";

describe.runIf(inject("databaseKind") === "embedded")("titles and icons (the same pages on either database: run on the embedded one)", () => {
  let officer = "";
  let partner = "";
  beforeAll(async () => {
    officer = await signInCookie(url(""), "officer@example.org", DEMO_PASSWORD);
    partner = await signInCookie(url(""), "japan@example.org", DEMO_PASSWORD);
  });

  async function page(path: string, cookie: string) {
    const response = await fetch(url(path), { headers: { cookie } });
    expect(response.status, path).toBe(200);
    return response.text();
  }
  const text = (html: string) => html.replace(/<[^>]+>/g, "").replace(/&#x27;/g, "'").replace(/&amp;/g, "&").replace(/&quot;/g, '"').trim();
  const titleOf = (html: string) => text(html.match(/<title>([^<]*)<\/title>/)?.[1] ?? "");
  /** The page's main heading, as text (badges inside it are left out). */
  const headingOf = (html: string) => text((html.match(/<h1[^>]*>([\s\S]*?)<\/h1>/)?.[1] ?? "").replace(/<span[^>]*>[\s\S]*?<\/span>/g, ""));
  /** The record pages (`/<base>/<id>`) a list page links to. */
  const linksIn = (html: string, base: string) => [...new Set([...html.matchAll(new RegExp(`href="/${base}/([\\w-]{20,})"`, "g"))].map((m) => `/${base}/${m[1]}`))];

  it.each([
    ["/agreements", "agreements"],
    ["/meetings", "meetings"],
    ["/projects", "projects"],
    ["/partners", "partners"],
  ])("the record pages listed at %s each have a title of their own", async (list, base) => {
    const paths = linksIn(await page(list, officer), base).slice(0, 4);
    expect(paths.length).toBeGreaterThan(1);
    const pages = await Promise.all(paths.map((path) => page(path, officer)));
    const titles = pages.map(titleOf);
    // Different records, different titles (the demo's names differ); each names the record its page is about.
    expect(new Set(titles).size, titles.join(" | ")).toBe(paths.length);
    pages.forEach((html, i) => expect(titles[i]).toContain(headingOf(html)));
    for (const title of titles) expect(title).toMatch(/^.+ · Partnership records$/);
    const edit = titleOf(await page(`${paths[0]}/edit`, officer));
    expect(edit).toBe(`Edit ${titles[0]}`);
  });

  it("names the record on the portal too, and a page the viewer may not see keeps a plain title", async () => {
    const portal = await page("/portal", partner);
    const [agreement] = linksIn(portal, "portal/agreements");
    expect(titleOf(await page(agreement, partner))).toBe("ILO/Japan Multi-bilateral Programme · Partnership records");
    const other = linksIn(await page("/agreements?q=ASEAN", officer), "agreements")[0];
    const response = await fetch(url(other.replace("/agreements/", "/portal/agreements/")), { headers: { cookie: partner } });
    expect(response.status).toBe(404);
    expect(titleOf(await response.text())).not.toContain("ASEAN");
  });

  it("serves an icon and a web app manifest, linked from every page", async () => {
    const html = await page("/sign-in", "");
    expect(html).toMatch(/<link rel="icon" href="\/icon\.svg[^"]*"[^>]*type="image\/svg\+xml"/);
    expect(html).toContain('<link rel="manifest" href="/manifest.webmanifest"');
    const icon = await fetch(url("/icon.svg"));
    expect([icon.status, icon.headers.get("content-type")]).toEqual([200, "image/svg+xml"]);
    const manifest = (await (await fetch(url("/manifest.webmanifest"))).json()) as { name: string; icons: { src: string }[] };
    expect(manifest.name).toBe("Partnership records");
    expect(manifest.icons.map((i) => i.src)).toEqual(["/icon.svg"]);
  });
});
