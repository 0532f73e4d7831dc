import { useTranslations } from "next-intl";
import { CODES, type CodeList } from "@/lib/domain/codes";

/** The <option>s of one of our code lists (lib/domain/codes.ts), labelled in the reader's language. */
export function CodeOptions({ list }: { list: CodeList }) {
  const t = useTranslations("codes");
  return CODES[list].map((code) => (
    <option key={code} value={code}>
      {t(`${list}.${code}`)}
    </option>
  ));
}
