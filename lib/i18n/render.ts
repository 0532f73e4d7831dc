// Puts a Text (lib/i18n/message.ts) into words with a translator and the language's formats: the
// same for a page (getSay, the reader's language) and for an email or a notification (say, the recipient's).
import type { Formats } from "./format";
import type { MessageValue, Text } from "./message";

export type Translate = (key: string, values?: Record<string, string | number>) => string;

export function render(t: Translate, f: Formats, text: Text): string {
  if (typeof text === "string") return text;
  const values = Object.fromEntries(Object.entries(text.values ?? {}).map(([name, value]) => [name, valueIn(t, f, value)]));
  return t(text.key, values);
}

function valueIn(t: Translate, f: Formats, value: MessageValue): string | number {
  if (typeof value !== "object") return value;
  if ("date" in value) return f.date(value.date);
  if ("moment" in value) return f.moment(value.moment);
  if ("money" in value) return f.money(...value.money);
  if ("days" in value) return f.relativeDays(value.days);
  if ("code" in value) {
    const label = t(`codes.${value.code[0]}.${value.code[1]}`);
    return value.lower ? label.toLocaleLowerCase(f.locale) : label;
  }
  if ("texts" in value) return value.texts.map((text) => render(t, f, text)).join(" ");
  if ("list" in value) return f.list(value.list.map((text) => render(t, f, text)));
  return render(t, f, value.text);
}
