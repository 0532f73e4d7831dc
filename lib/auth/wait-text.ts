/** How long to wait, as a number and a unit: the "common.wait" message puts it in words. */
export function waitAmount(seconds: number): { unit: "seconds" | "minutes"; n: number } {
  return seconds < 90 ? { unit: "seconds", n: seconds } : { unit: "minutes", n: Math.ceil(seconds / 60) };
}

/** The same in English, for the refusals lib/ still writes in English (second-factor codes). */
export function waitText(seconds: number): string {
  const { unit, n } = waitAmount(seconds);
  return `${n} ${unit}`;
}
