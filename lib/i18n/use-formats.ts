// The reader's formats for components that render without awaiting (client components and
// synchronous server components): the language comes from next-intl's context.
import { useLocale } from "next-intl";
import { formatsFor, type Formats } from "./format";
import { DEFAULT_LOCALE, isLocale } from "./locales";

export function useFormats(): Formats {
  const locale = useLocale();
  return formatsFor(isLocale(locale) ? locale : DEFAULT_LOCALE);
}
