// The interface's language: the browser's Accept-Language until the person chooses, the sign-in
// page's switch, the account page's choice (which follows the person to another browser), Arabic
// right to left, and the demo's French-reading officer.
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { DEMO_PASSWORD } from "./app";
import { browserPerFile, url } from "./browser";

describe.runIf(inject("databaseKind") === "embedded")("the interface's language (the same code on either database: run on the embedded one)", () => {
  const { browser, pageAs } = browserPerFile();

  async function pageIn(locale: string): Promise<Page> {
    return (await browser().newContext({ locale })).newPage();
  }

  const htmlAttributes = (page: Page) => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);

  it("the sign-in page speaks the browser's language, Arabic right to left, English when none of ours is asked for", async () => {
    const cases = [
      ["fr-FR", "fr", "ltr", "Registre des partenariats", "Mot de passe"],
      ["es-419", "es", "ltr", "Registro de alianzas", "Contraseña"],
      ["ar-EG", "ar", "rtl", "سجل الشراكات", "كلمة المرور"],
      ["de-DE", "en", "ltr", "Partnership records", "Password"],
    ] as const;
    for (const [browserLocale, lang, dir, title, password] of cases) {
      const page = await pageIn(browserLocale);
      await page.goto(url("/sign-in"));
      expect(await htmlAttributes(page), browserLocale).toEqual([lang, dir]);
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(title);
      await page.getByLabel(password, { exact: true }).waitFor();
      await page.context().close();
    }
  });

  it("the sign-in page's switch changes the language for this browser, before and after signing in", async () => {
    const page = await pageIn("en-GB");
    await page.goto(url("/sign-in"));
    await page.getByRole("button", { name: "Español" }).click();
    await page.getByLabel("Correo electrónico").waitFor();
    expect(await page.getByRole("button", { name: "Español" }).getAttribute("aria-pressed")).toBe("true");
    await page.reload();
    await page.getByLabel("Correo electrónico").fill("officer@example.org");
    await page.getByLabel("Contraseña").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Iniciar sesión", exact: true }).click();
    await page.waitForURL("**/home");
    // Olivia has not chosen a language: the browser's choice holds.
    await page.getByRole("navigation", { name: "Navegación principal" }).getByRole("link", { name: "Acuerdos" }).waitFor();
    await page.context().close();
  });

  it("a person's choice on the account page follows them to another browser; Arabic is mirrored; automatic gives it back to the browser", async () => {
    const partner = await pageAs("japan@example.org");
    try {
      await partner.goto(url("/portal/account"));
      await partner.getByLabel("Language", { exact: true }).selectOption("ar");
      await partner.getByRole("button", { name: "Save language" }).click();
      await partner.getByText("تم حفظ لغتك.").waitFor();
      expect(await htmlAttributes(partner)).toEqual(["ar", "rtl"]);

      // Elsewhere, in an English browser: the account's language, not the browser's.
      const elsewhere = await pageAs("japan@example.org");
      await elsewhere.goto(url("/portal"));
      expect(await htmlAttributes(elsewhere)).toEqual(["ar", "rtl"]);
      const nav = elsewhere.getByRole("navigation", { name: "التنقل الرئيسي" });
      await nav.getByRole("link", { name: "اتفاقاتنا" }).waitFor();
      // The header's account link sits at the start of the line in Arabic: on the left.
      const { x } = (await elsewhere.getByTitle("حسابك").boundingBox())!;
      const { x: titleX } = (await elsewhere.getByRole("link", { name: "سجل الشراكات" }).boundingBox())!;
      expect(x).toBeLessThan(titleX);
      await elsewhere.context().close();
    } finally {
      await partner.goto(url("/portal/account"));
      await partner.locator("select#locale").selectOption("");
      await partner.locator("form", { has: partner.locator("select#locale") }).getByRole("button").click();
      await partner.getByText("Your language is saved.").waitFor();
      await partner.context().close();
    }
    expect(await htmlAttributes(await pageAs("japan@example.org"))).toEqual(["en", "ltr"]);
  });

  it("the demo's second officer reads French out of the box, whatever the browser asks for", async () => {
    const page = await pageAs("officer2@example.org");
    expect(await htmlAttributes(page)).toEqual(["fr", "ltr"]);
    await page.goto(url("/account"));
    await page.getByRole("heading", { level: 1, name: "Votre compte" }).waitFor();
    expect(await page.locator("select#locale").inputValue()).toBe("fr");
    await page.context().close();
  });

  it("what the second officer downloads speaks French too: an export's headings and labels", async () => {
    const page = await pageAs("officer2@example.org");
    const csv = await (await page.request.get(url("/meetings/export?format=csv"))).text();
    const [header, ...rows] = csv.replace(/^\uFEFF/, "").split("\r\n");
    expect(header).toBe("Date,Titre,Type,Statut,Accord,Lieu,Procès-verbal partagé,Actions convenues ouvertes,Bureau");
    expect(rows.join("\n")).toMatch(/,(Examen annuel|Comité de pilotage|Réunion technique),(Prévue|Tenue|Reportée|Annulée),/);
    await page.context().close();
  });

  it("the summary PDF is written in the reader's language: in Arabic, tagged so and in a font with Arabic letters", async () => {
    const page = await pageAs("manager@example.org");
    await page.context().addCookies([{ name: "locale", value: "ar", url: url("/") }]);
    await page.goto(url("/agreements"));
    const agreement = await page.locator("main a[href^='/agreements/c']").first().getAttribute("href");
    const response = await page.request.get(url(`${agreement}/summary.pdf`));
    expect([response.status(), response.headers()["content-type"]]).toEqual([200, "application/pdf"]);
    const pdf = (await response.body()).toString("latin1");
    expect(pdf).toContain("/Lang (ar)");
    expect(pdf).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans\b/);
    await page.context().close();
  });
});
