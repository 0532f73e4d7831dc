// The app's HTTP server, started by the launcher (scripts/start.ts) in place of `next start`: the
// same Next.js request handler, behind one step of ours. Next.js hands pages only the headers, and
// keeps a client's X-Forwarded-For as the client sent it, so the connection's address is read here,
// where the socket is, and passed on (lib/security/client-address.ts); and a body over the upload
// limit is refused here, before anything reads it (lib/security/request-guard.ts). SIGTERM and SIGINT stop
// taking requests, let those in flight finish, then exit, as `next start` does.
import "./without-source-maps";
import crypto from "node:crypto";
import http from "node:http";
import next from "next";
import { parseEnv } from "../lib/env";
import { CLIENT_ADDRESS_HEADER, clientAddress, trustedProxies } from "../lib/security/client-address";
import { bodySizeRefusal, refusalResponse } from "../lib/security/request-guard";

const env = parseEnv();
const proxies = trustedProxies(env.TRUSTED_PROXIES);
// Where Next.js sends a Server Action it forwards between pages (`next start` sets it too): never
// an origin taken from the request's Host header.
process.env.__NEXT_PRIVATE_ORIGIN = `http://127.0.0.1:${env.PORT}`;
const app = next({ dev: false, dir: process.cwd(), port: env.PORT });
await app.prepare();
const handle = app.getRequestHandler();

// Next.js forwards a Server Action posted to a page that does not hold it to a page that does, as a
// new request to this server with the original's headers: that one keeps the address worked out for
// the original, known by a secret of this process that the original carried (and no client can).
const FORWARDED_PROOF_HEADER = "x-partnership-client-address-proof";
const forwardedProof = crypto.randomBytes(24).toString("base64url");
const isForwardedByUs = (proof: string | string[] | undefined) =>
  typeof proof === "string" && proof.length === forwardedProof.length && crypto.timingSafeEqual(Buffer.from(proof), Buffer.from(forwardedProof));

const server = http.createServer((request, response) => {
  const tooLarge = bodySizeRefusal(request.method ?? "GET", request.headers, env.DOCUMENT_MAX_MB);
  if (tooLarge) {
    // Answered before anything reads the body; the rest of it is let through unkept, so the client
    // (still sending) gets the answer rather than a broken connection.
    request.resume();
    const { status, contentType, body } = refusalResponse(new URL(request.url ?? "/", "http://app").pathname, tooLarge);
    response.writeHead(status, { "content-type": contentType, "cache-control": "no-store" }).end(body);
    return;
  }
  if (!isForwardedByUs(request.headers[FORWARDED_PROOF_HEADER]) || typeof request.headers[CLIENT_ADDRESS_HEADER] !== "string") {
    request.headers[CLIENT_ADDRESS_HEADER] = clientAddress(request.socket.remoteAddress, request.headers["x-forwarded-for"], proxies) ?? "";
  }
  request.headers[FORWARDED_PROOF_HEADER] = forwardedProof;
  void handle(request, response);
});
server.listen(env.PORT, () => console.log(`Ready on port ${env.PORT}${proxies ? " (behind trusted proxies: TRUSTED_PROXIES)" : ""}`));

let stopping = false;
function stop(signal: NodeJS.Signals) {
  if (stopping) return;
  stopping = true;
  server.close(() => {
    void app.close().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
  });
}
process.on("SIGTERM", () => stop("SIGTERM"));
process.on("SIGINT", () => stop("SIGINT"));
