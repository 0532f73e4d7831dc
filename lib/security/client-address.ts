// Who is asking: the address the sign-in back-off counts, sign-ins record and new-address emails
// compare. It is the connection's own address unless the connection came from a proxy the
// deployment names in TRUSTED_PROXIES; only then is X-Forwarded-For read, from its right end,
// one trusted hop at a time (each proxy appends the address it was reached from). Anything to the
// left of the first untrusted address was written by the client and is never believed
// (docs/decisions/013-trusted-proxies.md). The app's server (scripts/serve.ts) works it out once per
// request and passes it on in CLIENT_ADDRESS_HEADER, overwriting whatever the request carried.
import net from "node:net";

export const CLIENT_ADDRESS_HEADER = "x-partnership-client-address";

/** TRUSTED_PROXIES: none; a number of proxies in front; or the proxies' addresses and ranges. */
export type TrustedProxies = { hops: number } | { addresses: net.BlockList } | null;

/** An address as the socket or a proxy writes it, without an IPv4-mapped prefix or a port; null when it is none. */
export function normalAddress(raw: string | undefined): string | null {
  let address = raw?.trim() ?? "";
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address); // [v6]:port
  if (bracketed) address = bracketed[1];
  else if (/^[\d.]+:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(":")); // v4:port
  if (/^::ffff:[\d.]+$/i.test(address)) address = address.slice(7);
  return net.isIP(address) ? address.toLowerCase() : null;
}

/**
 * TRUSTED_PROXIES parsed: "" (none), a whole number of hops ("1": one reverse proxy in front), or
 * comma-separated addresses and CIDR ranges of the proxies ("10.0.0.0/8, ::1"). Throws on anything else.
 */
export function trustedProxies(setting: string | undefined): TrustedProxies {
  const value = setting?.trim() ?? "";
  if (!value || value === "0") return null;
  if (/^\d+$/.test(value)) return { hops: Math.min(Number(value), 20) };
  const addresses = new net.BlockList();
  for (const entry of value.split(",").map((e) => e.trim()).filter(Boolean)) {
    const [address, prefix] = entry.split("/");
    const type = net.isIP(address);
    const bits = prefix === undefined ? (type === 6 ? 128 : 32) : Number(prefix);
    if (!type || !Number.isInteger(bits) || bits < 0 || bits > (type === 6 ? 128 : 32)) {
      throw new Error(`TRUSTED_PROXIES: "${entry}" is neither an IP address nor a CIDR range`);
    }
    addresses.addSubnet(address, bits, type === 6 ? "ipv6" : "ipv4");
  }
  return { addresses };
}

const isTrusted = (address: string, proxies: { addresses: net.BlockList }) => proxies.addresses.check(address, net.isIPv6(address) ? "ipv6" : "ipv4");

/** The client's address for a connection from `socketAddress` carrying `forwardedFor` (all X-Forwarded-For headers). */
export function clientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, proxies: TrustedProxies): string | null {
  const peer = normalAddress(socketAddress);
  if (!proxies || !peer) return peer;
  const forwarded = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "")).split(",").map((a) => a.trim()).filter(Boolean);
  let client = peer;
  for (let hop = 1; forwarded.length > 0; hop++) {
    const trusted = "hops" in proxies ? hop <= proxies.hops : isTrusted(client, proxies);
    if (!trusted) break;
    const next = normalAddress(forwarded.pop());
    // A trusted proxy passed on something that is no address: stop at the proxy.
    if (!next) break;
    client = next;
  }
  return client;
}
