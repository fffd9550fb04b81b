import { planRefresh, type RefreshPlan } from "../../app/planRefresh";
import type { Action } from "../common/useAction";
import { useLoad } from "../common/useLoad";
import { useLang } from "../i18n/LangProvider";
import { usePaneState } from "../state/PaneStateProvider";
import { refreshOptions } from "../state/refreshOptions";

/** The refresh as it would run now, without writing anything: recomputed whenever a choice changes. */
export function usePlan(): Action<[], RefreshPlan> {
  const { lang } = useLang();
  const { port, choices } = usePaneState();
  return useLoad(
    () => planRefresh(port, refreshOptions(lang, choices)),
    [port, lang, choices.basis, choices.decimals, choices.sheetLang]
  );
}
