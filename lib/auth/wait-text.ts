import { msg, type MessageValue } from "@/lib/i18n/message";

/** How long to wait, as a number and a unit: the "common.wait" message puts it in words. */
export function waitAmount(seconds: number): { unit: "seconds" | "minutes"; n: number } {
  return seconds < 90 ? { unit: "seconds", n: seconds } : { unit: "minutes", n: Math.ceil(seconds / 60) };
}

/** The same as a message value: "5 minutes", "dans la langue du lecteur". */
export const waitValue = (seconds: number): MessageValue => ({ text: msg("common.wait", waitAmount(seconds)) });
