// npm run lighthouse: Lighthouse 12 (mobile emulation, its default) scores the pages people open
// most, on the built app with the demo data on a fresh embedded database, driving Debian's
// Chromium. Each page runs three times; the median of each category goes into README's table
// (between <!-- lighthouse --> markers) and to the console. The 2-core machine is noisy: the
// performance figure moves by several points from one run to the next.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { startServer } from "./bench/server";
import { signInCookie } from "./http";
import { replaceReadmeSection } from "./readme";

const PASSWORD = "lighthouse-demo-password-0123";
const RUNS = 3;
const CATEGORIES = ["performance", "accessibility", "best-practices"] as const;
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

interface Target {
  name: string;
  path: string | ((cookie: string, base: string) => Promise<string>);
  as?: string;
}

/** The first agreement the officer's list links to. */
async function firstAgreement(cookie: string, base: string): Promise<string> {
  const list = await (await fetch(`${base}/agreements`, { headers: { cookie } })).text();
  return list.match(/href="(\/agreements\/(?!new|export|import)[\w-]+)"/)![1];
}

const TARGETS: Target[] = [
  { name: "Sign-in", path: "/sign-in" },
  { name: "Home (officer)", path: "/home", as: "officer@example.org" },
  { name: "Agreements list", path: "/agreements", as: "officer@example.org" },
  { name: "An agreement", path: firstAgreement, as: "officer@example.org" },
  { name: "Dashboard (manager)", path: "/dashboard", as: "manager@example.org" },
  { name: "Portal (partner)", path: "/portal", as: "asean@example.org" },
];

/**
 * One Lighthouse run. A run whose trace came out unusable (NO_NAVSTART, NO_FCP: Lighthouse 12 and
 * Debian's newer Chromium now and then) is run again, twice at most, and the retry is reported.
 */
async function scored(address: string, port: number, cookie: string) {
  for (let attempt = 1; ; attempt++) {
    const result = await lighthouse(address, {
      port,
      output: "json",
      logLevel: "error",
      onlyCategories: [...CATEGORIES],
      ...(cookie && { extraHeaders: { Cookie: cookie } }),
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${address}`);
    const error = result.lhr.runtimeError;
    if (!error) return result;
    if (attempt === 3) throw new Error(`Lighthouse could not score ${address}: ${error.code} ${error.message}`);
    console.log(`  ${error.code} on ${address}: running it again`);
  }
}

/** What an audit found, briefly: the issue types the browser's inspector reported, say. */
function detailsOf(audit: { details?: unknown }): string {
  const items = (audit.details as { items?: Record<string, unknown>[] } | undefined)?.items ?? [];
  const named = items.map((item) => item.issueType ?? item.description ?? item.node ?? "").filter((v) => typeof v === "string" && v);
  return named.length ? `: ${[...new Set(named)].join(", ")}` : "";
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "lighthouse-"));
  console.log("Starting the app on a fresh embedded database with the demo data…");
  const server = await startServer({ DATA_DIR: dataDir, DEMO_PASSWORD: PASSWORD });
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"] });
  const rows: string[] = [];
  try {
    // LIGHTHOUSE_ONLY=Portal scores only the pages whose name contains it.
    for (const target of TARGETS.filter((t) => t.name.includes(process.env.LIGHTHOUSE_ONLY ?? ""))) {
      const cookie = target.as ? await signInCookie(server.base, target.as, PASSWORD) : "";
      const pathname = typeof target.path === "string" ? target.path : await target.path(cookie, server.base);
      const scores: Record<string, number[]> = Object.fromEntries(CATEGORIES.map((c) => [c, []]));
      const failing = new Set<string>();
      for (let run = 0; run < RUNS; run++) {
        const result = await scored(`${server.base}${pathname}`, chrome.port, cookie);
        for (const category of CATEGORIES) scores[category].push(Math.round((result.lhr.categories[category].score ?? 0) * 100));
        // What keeps a category below 100: each audit that scored under 0.9 (by its id).
        for (const category of CATEGORIES) {
          for (const ref of result.lhr.categories[category].auditRefs) {
            const audit = result.lhr.audits[ref.id];
            if (ref.weight > 0 && audit.score !== null && audit.score < 0.9) failing.add(`${ref.id}${audit.displayValue ? ` (${audit.displayValue})` : ""}${detailsOf(audit)}`);
          }
        }
      }
      const figures = CATEGORIES.map((c) => median(scores[c]));
      console.log(`${target.name}: ${CATEGORIES.map((c, i) => `${c} ${figures[i]} (${scores[c].join(", ")})`).join(" · ")}`);
      if (failing.size) console.log(`  below 0.9: ${[...failing].join("; ")}`);
      rows.push(`| ${target.name} | \`${typeof target.path === "string" ? pathname : "/agreements/…"}\` | ${figures.join(" | ")} |`);
    }
  } finally {
    chrome.kill();
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  const table = [
    `Measured ${new Date().toISOString().slice(0, 10)} with \`npm run lighthouse\` (Lighthouse 12.2.3, mobile emulation, median of ${RUNS} runs):`,
    "",
    "| Page | Path | Performance | Accessibility | Best practices |",
    "| --- | --- | ---: | ---: | ---: |",
    ...rows,
  ].join("\n");
  if (!process.env.LIGHTHOUSE_ONLY && replaceReadmeSection("lighthouse", table)) console.log("README.md updated.");
}

await main();
