// npm run bench:messages: what the catalogues cost a request, in CPU and bytes, for each language.
// Per request the app picks the language's catalogue (messagesFor), cuts the client namespaces out
// of it for the browser (clientMessages, serialised into the page) and translates the page's
// words (a next-intl translator: here 40 messages, plural and select ones among them). Timed over
// many rounds in this process, after a warm-up, as a server instance runs them once warm. Issue 26
// asks for under 1 ms of CPU per request. Writes bench/results/messages.json.
import fs from "node:fs";
import zlib from "node:zlib";
import { createTranslator } from "next-intl";
import { LOCALES, type Locale } from "../../lib/i18n/locales";
import { clientMessages, messagesFor } from "../../lib/i18n/messages";

const ROUNDS = 2000;
const KEYS: [string, Record<string, string | number>?][] = [
  ["common.appName"], ["common.menu"], ["common.signOut"], ["common.notifications", { count: 3 }], ["nav.agreements"], ["nav.meetings"],
  ["agreements.list.title"], ["agreements.list.new"], ["filters.instrument"], ["filters.status"], ["codes.instruments.MOU"], ["codes.modalities.SOUTH_SOUTH"],
  ["codes.agreementStatuses.ACTIVE"], ["home.title"], ["home.summary", { count: 18, scope: "unit" }], ["attention.kinds.agreement-expiring"], ["problems.fixFields"],
  ["problems.keepUnderCharacters", { max: 300 }], ["problems.tooManyReports", { max: 60 }], ["admin.usersPage.counts", { active: 6, deactivated: 1 }],
];

function perRequest(locale: Locale): number {
  const messages = messagesFor(locale);
  const t = createTranslator({ locale, messages }) as unknown as (key: string, values?: Record<string, string | number>) => string;
  let length = JSON.stringify(clientMessages(messages)).length;
  for (const [key, values] of [...KEYS, ...KEYS]) length += t(key, values).length;
  return length;
}

const results: Record<string, { microsecondsPerRequest: number; clientBytes: number; clientGzipBytes: number }> = {};
for (const locale of LOCALES) {
  for (let i = 0; i < 200; i++) perRequest(locale); // warm-up: the JIT, next-intl's message cache
  const start = process.cpuUsage();
  for (let i = 0; i < ROUNDS; i++) perRequest(locale);
  const used = process.cpuUsage(start);
  const client = JSON.stringify(clientMessages(messagesFor(locale)));
  results[locale] = {
    microsecondsPerRequest: Math.round(((used.user + used.system) / ROUNDS) * 10) / 10,
    clientBytes: Buffer.byteLength(client),
    clientGzipBytes: zlib.gzipSync(client).length,
  };
}
console.table(results);
fs.mkdirSync("bench/results", { recursive: true });
fs.writeFileSync("bench/results/messages.json", JSON.stringify({ measuredAt: new Date().toISOString(), rounds: ROUNDS, results }, null, 2) + "\n");
