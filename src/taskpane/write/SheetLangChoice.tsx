import { MessageBar, MessageBarBody, Radio, RadioGroup } from "@fluentui/react-components";
import { renamesText } from "../../app/languageRenames";
import type { RefreshPlan } from "../../app/planRefresh";
import { messageText } from "../../engine/formatIssue";
import type { Lang } from "../../engine/messages";
import { useLang } from "../i18n/LangProvider";
import { usePaneState } from "../state/PaneStateProvider";

/**
 * The workbook's language, beside the write that would change it: it shows the language the
 * owned sheets are in (or the one chosen), and when another is chosen it says, before anything
 * is written, which sheets, tables and columns the write renames (not while `busy` working out
 * the plan for a new choice).
 */
export function SheetLangChoice({ plan, busy }: { plan: RefreshPlan; busy: boolean }) {
  const { t, lang } = useLang();
  const { choices, choose } = usePaneState();
  const renames = renamesText(plan.renames, lang);
  return (
    <>
      <h4 id="sheet-lang-heading">{t("sheetLangHeading")}</h4>
      <p>{t("sheetLangExplain")}</p>
      <RadioGroup
        value={choices.sheetLang ?? plan.sheetLang}
        onChange={(_, d) => choose({ sheetLang: d.value as Lang })}
        aria-labelledby="sheet-lang-heading"
      >
        <Radio value="nl" label={t("languageDutch")} />
        <Radio value="en" label={t("languageEnglish")} />
      </RadioGroup>
      {renames && !busy && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {t("sheetLangRenames", {
              language: messageText(
                {
                  code: plan.sheetLang === "nl" ? "LANGUAGE_NL" : "LANGUAGE_EN",
                  severity: "info",
                },
                lang
              ),
              renames,
            })}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
