// What a browser fetches before a page is usable, as the benchmark reports it and the page-weight
// test holds it (decision 025): the body of every script the page loads until the network is idle,
// each gzip-compressed, in KB to one decimal.
import zlib from "node:zlib";
import type { Page } from "playwright-core";

/** Opens `url` in `tab` (a fresh one: scripts already cached are not fetched again). */
export async function firstLoadJs(tab: Page, url: string): Promise<{ kb: number; status: number | undefined }> {
  let bytes = 0;
  const pending: Promise<void>[] = [];
  tab.on("response", (response) => {
    if (response.request().resourceType() !== "script") return;
    pending.push(response.body().then((body) => void (bytes += zlib.gzipSync(body).length)));
  });
  const answer = await tab.goto(url, { waitUntil: "networkidle" });
  await Promise.all(pending);
  return { kb: Math.round(bytes / 102.4) / 10, status: answer?.status() };
}
