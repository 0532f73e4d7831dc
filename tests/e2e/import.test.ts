// Importing the unit's spreadsheet in the browser: check, see each row's problems, then import.
import { expect, it } from "vitest";
import { browserPerFile, url } from "./browser";

const { pageAs } = browserPerFile();

const PARTNERS = "Name,Type,Country\nMinistry of Labour of Mongolia (e2e),Government,MN\n";
const AGREEMENTS =
  "Reference,Title,Instrument,Modality,Parties\n" +
  'RUP/MNG/E2E-1,ILO/Mongolia MOU (e2e),MOU,Bilateral,"ILO (Signatory); Ministry of Labour of Mongolia (e2e) (Signatory)"\n' +
  "RUP/MNG/E2E-2,,MOU,Bilateral,Nobody at all\n";

it("an officer checks and imports partners, then sees the problems of a bad agreements file and cannot import it", async () => {
  const page = await pageAs("officer@example.org");
  await page.goto(url("/import"));
  await page.getByLabel("File", { exact: true }).setInputFiles({ name: "partners.csv", mimeType: "text/csv", buffer: Buffer.from(PARTNERS) });
  await page.getByRole("button", { name: "Check the file" }).click();
  await page.getByText("The row is ready to import").waitFor();
  await page.getByRole("button", { name: "Import" }).click();
  await page.getByText("Imported 1 row.").waitFor();

  await page.getByLabel("The file holds").selectOption("agreements");
  await page.getByLabel("File", { exact: true }).setInputFiles({ name: "agreements.csv", mimeType: "text/csv", buffer: Buffer.from(AGREEMENTS) });
  await page.getByRole("button", { name: "Check the file" }).click();
  await page.getByText("1 of 2 rows needs correcting").waitFor();
  const problems = (await page.locator("table").textContent()) ?? "";
  expect(problems).toContain("Title: Give the agreement a title.");
  expect(problems).toContain('no partner named "Nobody at all"');
  expect(await page.getByRole("button", { name: "Import" }).isDisabled()).toBe(true);

  await page.goto(url("/agreements?q=mongolia"));
  expect(await page.locator("tbody tr").count()).toBe(0);
  await page.context().close();
});
