import { refreshWorkbook, type RefreshResult } from "../../app/refreshWorkbook";
import { useAction, type Action } from "../common/useAction";
import { usePaneHost } from "../host/PaneHostProvider";
import { useLang } from "../i18n/LangProvider";
import { runStamp } from "../state/refreshOptions";
import { progressPort, type RefreshStep } from "./progressPort";

/**
 * Refresh all: every output recomputed from the settings the workbook stores, each round trip
 * named while it runs. Used by the Write step and by the banner for an out-of-date workbook.
 */
export function useRefreshAll(): Action<[force: boolean], RefreshResult> {
  const { t, lang } = useLang();
  const host = usePaneHost();
  const stepLabel = (step: RefreshStep): string =>
    step.kind === "write"
      ? t("refreshStepWrite", { count: step.tables })
      : step.kind === "settings"
        ? t("refreshStepSettings")
        : step.kind === "snapshot"
          ? t("refreshStepSnapshot", { count: step.sources })
          : t("refreshStepRead", {
              name: "name" in step.ref ? step.ref.name : t("sourceSelection"),
            });
  const refresh = useAction(async (force: boolean): Promise<RefreshResult> => {
    const port = progressPort(host.port, (step) => refresh.progress({ label: stepLabel(step) }));
    // The pane's language is the findings'; the sheets keep the workbook's (a new one gets the pane's).
    return refreshWorkbook(port, { ...runStamp(), lang, ...(force ? { force } : {}) });
  });
  return refresh;
}
