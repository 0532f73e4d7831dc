// Puts server-written Text (lib/i18n/message.ts) into words in the reader's language, in components.
import { useTranslations } from "next-intl";
import type { Text } from "./message";
import { render, type Translate } from "./render";
import { useFormats } from "./use-formats";

export function useSay(): (text: Text) => string {
  const t = useTranslations() as unknown as Translate;
  const f = useFormats();
  return (text) => render(t, f, text);
}
