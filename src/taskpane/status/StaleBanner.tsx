import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { checkWorkbook } from "../../app/checkWorkbook";
import { ActionStatus } from "../common/ActionStatus";
import { useLoad } from "../common/useLoad";
import { usePaneHost, useWriteStatus } from "../host/PaneHostProvider";
import { useLang } from "../i18n/LangProvider";
import { runStamp } from "../state/refreshOptions";
import { RefreshOutcome } from "../write/RefreshOutcome";
import { useRefreshAll } from "../write/useRefreshAll";

/**
 * When a workbook opens whose output no longer follows from its inputs (new P-budgets since the
 * last refresh), says so at once, with one click to refresh every output from its stored
 * settings. Compared again after every write and undo. A refresh it cannot make says why, as the
 * Write step does, with the way to write anyway where only a confirmation stands in the way.
 */
export function StaleBanner() {
  const { t } = useLang();
  const host = usePaneHost();
  const { status } = useWriteStatus();
  const check = useLoad(() => checkWorkbook(host.port, runStamp()), [host, status]);
  const refresh = useRefreshAll();
  const stale =
    check.state.status === "done"
      ? check.state.value.issues.filter((i) => i.code === "OUTPUT_STALE")
      : [];
  const result = refresh.state.status === "done" ? refresh.state.value : undefined;
  if (stale.length === 0 && !result) return null;
  return (
    <>
      {stale.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("staleTitle")}</MessageBarTitle>
            {t("staleBody", {
              tables: stale.map((i) => String(i.params?.table ?? "")).join(", "),
            })}
          </MessageBarBody>
          <MessageBarActions>
            <Button
              appearance="primary"
              disabled={refresh.state.status === "running"}
              onClick={() => void refresh.run(false)}
            >
              {t("staleRefresh")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <ActionStatus action={refresh} />
      {result && !result.written && (
        <RefreshOutcome result={result} onForce={() => void refresh.run(true)} />
      )}
    </>
  );
}
