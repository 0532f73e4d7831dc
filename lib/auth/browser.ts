// A browser as people recognise it ("Firefox on Windows"), from its User-Agent header: what the
// account page lists and what decides whether a sign-in came from a browser the account has used.

export function browserOf(userAgent: string | null): string {
  if (!userAgent) return "Unknown browser";
  const browser = [["Edg/", "Edge"], ["Firefox/", "Firefox"], ["Chrome/", "Chrome"], ["Safari/", "Safari"]].find(([token]) => userAgent.includes(token))?.[1];
  const system = [["Windows", "Windows"], ["Android", "Android"], ["iPhone", "iPhone"], ["iPad", "iPad"], ["Mac OS", "macOS"], ["Linux", "Linux"]].find(([token]) => userAgent.includes(token))?.[1];
  return browser ? `${browser}${system ? ` on ${system}` : ""}` : userAgent.slice(0, 60);
}
