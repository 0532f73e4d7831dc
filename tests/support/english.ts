// What an English reader sees of a write's result: its messages (lib/i18n/message.ts) put into
// English words, wherever they sit (the refusal, its field errors), so tests compare sentences.
import type { Message, Text } from "@/lib/i18n/message";
import { say } from "@/lib/i18n/say";

const isMessage = (value: unknown): value is Message =>
  typeof value === "object" && value !== null && typeof (value as Message).key === "string" && Object.keys(value).every((name) => name === "key" || name === "values");

export const english = (text: Text): string => say("en", text);

/** `value` with every message in it as English words. */
export function inEnglish<T>(value: T): T {
  if (isMessage(value)) return english(value) as T;
  if (Array.isArray(value)) return value.map(inEnglish) as T;
  if (typeof value === "object" && value !== null && [Object.prototype, null].includes(Object.getPrototypeOf(value))) {
    return Object.fromEntries(Object.entries(value).map(([name, inner]) => [name, inEnglish(inner)])) as T;
  }
  return value;
}
