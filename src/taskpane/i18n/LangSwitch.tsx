import { Select } from "@fluentui/react-components";
import type { Lang } from "../../engine/messages";
import { useLang } from "./LangProvider";

/** Dutch or English, whatever Office or the browser said at the start; named for screen readers. */
export function LangSwitch() {
  const { lang, setLang, t } = useLang();
  return (
    <Select
      size="small"
      aria-label={t("language")}
      value={lang}
      onChange={(_, d) => setLang(d.value as Lang)}
    >
      <option value="nl" lang="nl">
        {t("languageDutch")}
      </option>
      <option value="en" lang="en">
        {t("languageEnglish")}
      </option>
    </Select>
  );
}
