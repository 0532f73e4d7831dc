// The README's measured tables (benchmarks, profile, Lighthouse) live between <!-- name --> and
// <!-- /name --> markers; the scripts that measure them rewrite only that part.
import fs from "node:fs";

/** Puts `table` between the README's markers named `name`; false when the README has no such markers. */
export function replaceReadmeSection(name: string, table: string): boolean {
  const readme = fs.readFileSync("README.md", "utf8");
  const start = `<!-- ${name} -->`;
  const end = `<!-- /${name} -->`;
  if (!readme.includes(start)) return false;
  fs.writeFileSync("README.md", readme.replace(new RegExp(`${start}[\\s\\S]*?${end}`), `${start}\n${table}\n${end}`));
  return true;
}
