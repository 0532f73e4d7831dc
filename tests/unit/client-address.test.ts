// Whose address the sign-in back-off counts: forged X-Forwarded-For entries are never believed, and
// a configured proxy's are read from the right, one trusted hop at a time.
import { describe, expect, it } from "vitest";
import { clientAddress, normalAddress, trustedProxies } from "@/lib/security/client-address";

describe("with no trusted proxy (the default)", () => {
  it("is the connection's own address, whatever X-Forwarded-For says", () => {
    expect(clientAddress("198.51.100.9", "203.0.113.7", null)).toBe("198.51.100.9");
    expect(clientAddress("::ffff:127.0.0.1", "203.0.113.7, 10.0.0.1", null)).toBe("127.0.0.1");
    expect(clientAddress("::1", undefined, null)).toBe("::1");
  });
});

describe("behind one reverse proxy (TRUSTED_PROXIES=1)", () => {
  const proxies = trustedProxies("1");
  it("is the address the proxy appended, not what the client wrote before it", () => {
    expect(clientAddress("10.0.0.5", "203.0.113.7, 198.51.100.20", proxies)).toBe("198.51.100.20");
    expect(clientAddress("10.0.0.5", ["203.0.113.7", "198.51.100.20"], proxies)).toBe("198.51.100.20");
  });
  it("is the connection's address when there is no header to read", () => {
    expect(clientAddress("10.0.0.5", undefined, proxies)).toBe("10.0.0.5");
  });
  it("stops at the proxy when the proxy passed on something that is no address", () => {
    expect(clientAddress("10.0.0.5", "not-an-address", proxies)).toBe("10.0.0.5");
  });
});

describe("behind proxies named by address (TRUSTED_PROXIES=10.0.0.0/8,2001:db8::/32)", () => {
  const proxies = trustedProxies("10.0.0.0/8, 2001:db8::/32");
  it("walks back through the trusted proxies to the first address that is not one", () => {
    expect(clientAddress("10.0.0.5", "203.0.113.7, 198.51.100.20, 10.1.2.3", proxies)).toBe("198.51.100.20");
    expect(clientAddress("2001:db8::1", "[2001:db8::2]:443, 198.51.100.20:5000", proxies)).toBe("198.51.100.20");
  });
  it("believes nothing from a connection that is not a trusted proxy (a forger reaching the app directly)", () => {
    expect(clientAddress("198.51.100.99", "203.0.113.7", proxies)).toBe("198.51.100.99");
  });
  it("is a trusted proxy's own address when every entry is a proxy", () => {
    expect(clientAddress("10.0.0.5", "10.0.0.4", proxies)).toBe("10.0.0.4");
  });
});

describe("addresses", () => {
  it.each([
    ["::ffff:192.0.2.1", "192.0.2.1"],
    ["192.0.2.1:8080", "192.0.2.1"],
    ["[2001:DB8::1]:443", "2001:db8::1"],
    [" 2001:db8::1 ", "2001:db8::1"],
    ["unknown", null],
    ["", null],
    [undefined, null],
  ])("%s reads as %s", (raw, address) => {
    expect(normalAddress(raw)).toBe(address);
  });

  it("a setting of 0 or nothing trusts no proxy", () => {
    expect(trustedProxies("")).toBeNull();
    expect(trustedProxies("0")).toBeNull();
    expect(trustedProxies(undefined)).toBeNull();
  });
});
