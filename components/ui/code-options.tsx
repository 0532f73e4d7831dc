import { useTranslations } from "next-intl";
import * as codelists from "@/lib/domain/codelists";

/** The code lists whose labels the catalogues hold ("codes.<list>.<code>"). */
export type CodeList = {
  [K in keyof typeof codelists]: (typeof codelists)[K] extends Record<string, { label: string }> ? K : never;
}[keyof typeof codelists];

/** The <option>s of one of our code lists (lib/domain/codelists.ts), labelled in the reader's language. */
export function CodeOptions({ list }: { list: CodeList }) {
  const t = useTranslations("codes");
  return Object.keys(codelists[list]).map((code) => (
    <option key={code} value={code}>
      {t(`${list}.${code}`)}
    </option>
  ));
}
