// npm run bench:seed -- --scale N [--database embedded|postgres]: a fresh benchmark database with
// the demo data (its users sign in as each role) and a synthetic portfolio at scale N.
import fs from "node:fs";
import { openEmbeddedDatabase } from "../../lib/database/embedded";
import { migrate } from "../../lib/database/migrate";
import { createPrismaClient } from "../../lib/db";
import { hashPassword } from "../../lib/auth/password";
import { seedDemoData } from "../../prisma/seed/seed";
import { generatePortfolio } from "./portfolio";
import { BENCH_PARTNER, BENCH_PASSWORD, embeddedDir, parseArgs, recreateServerDatabase, writeMarker, type BenchDatabase } from "./target";

export async function seedBench(database: BenchDatabase, scale: number) {
  const started = performance.now();
  let url: string;
  let close = async () => {};
  if (database === "embedded") {
    fs.rmSync(embeddedDir(), { recursive: true, force: true });
    const embedded = await openEmbeddedDatabase({ dataDir: embeddedDir(), command: "npm run bench:seed" });
    url = embedded.url;
    close = embedded.close;
  } else {
    url = await recreateServerDatabase();
  }
  try {
    await migrate(url);
    const prisma = createPrismaClient(url, 1);
    await seedDemoData(prisma, BENCH_PASSWORD);
    const officers = (await prisma.user.findMany({ where: { role: "OFFICER" }, orderBy: { email: "asc" }, select: { id: true } })).map((u) => u.id);
    console.log(`Generating the portfolio at scale ${scale} on ${database}:`);
    const { counts } = await generatePortfolio(prisma, scale, officers);
    // A partner of a synthetic organisation, party to a few dozen agreements at scale 1.
    await prisma.user.create({ data: { email: BENCH_PARTNER, name: "Bench partner", role: "PARTNER", organisationId: "bo1", passwordHash: await hashPassword(BENCH_PASSWORD) } });
    await prisma.$disconnect();
    const seconds = Math.round((performance.now() - started) / 100) / 10;
    writeMarker(database, { scale, counts, seconds, date: new Date().toISOString() });
    console.log(`Done in ${seconds} s: ${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(", ")}.`);
  } finally {
    await close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { database, scale } = parseArgs();
  await seedBench(database, scale);
}
