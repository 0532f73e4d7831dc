// Server-written Text (lib/i18n/message.ts: a refusal, a field's error) in the reader's language,
// for components that render without awaiting (client components and synchronous server ones).
import { useTranslations } from "next-intl";
import type { Text } from "./message";
import { render, type Translate } from "./render";
import { useFormats } from "./use-formats";

export function useSay(): (text: Text) => string {
  const t = useTranslations() as unknown as Translate;
  const f = useFormats();
  return (text) => render(t, f, text);
}
