import { Button, makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import { refreshWorkbook, type RefreshResult } from "../../app/refreshWorkbook";
import { ActionStatus } from "../common/ActionStatus";
import { useAction } from "../common/useAction";
import { FindingList } from "../common/FindingList";
import { usePaneHost } from "../host/PaneHostProvider";
import { useLang } from "../i18n/LangProvider";
import { usePlan } from "../preview/usePlan";
import { runStamp } from "../state/refreshOptions";
import { progressPort, type RefreshStep } from "./progressPort";
import { WriteButton } from "./WriteButton";

const useStyles = makeStyles({
  flow: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    alignItems: "flex-start",
  },
});

/**
 * Flow 5: write the tables of the current choices, undo the last refresh, or refresh every
 * output from the settings the workbook stores (what an analyst does after a new circular).
 */
export function WriteFlow() {
  const { t } = useLang();
  const styles = useStyles();
  const host = usePaneHost();
  const load = usePlan();
  const plan = load.state.status === "done" ? load.state.value : undefined;
  const undo = useAction(() => host.undoLastRefresh());
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
  const refresh = useAction(async (): Promise<RefreshResult> => {
    const port = progressPort(host.port, (step) => refresh.progress({ label: stepLabel(step) }));
    return refreshWorkbook(port, runStamp());
  });
  const result = refresh.state.status === "done" ? refresh.state.value : undefined;
  return (
    <div className={styles.flow}>
      <section className={styles.section} aria-labelledby="write-heading">
        <h3 id="write-heading">{t("writeHeading")}</h3>
        <ActionStatus action={load} />
        {plan && (
          <p>{plan.ok ? t("previewReady", { count: plan.tables.length }) : t("previewBlocked")}</p>
        )}
        {plan && <WriteButton plan={plan} />}
      </section>
      <section className={styles.section} aria-labelledby="undo-heading">
        <h3 id="undo-heading">{t("undoHeading")}</h3>
        <p>{t("undoExplain")}</p>
        <Button onClick={() => void undo.run()}>{t("undoButton")}</Button>
        <ActionStatus action={undo} done={t("undoDone")} />
      </section>
      <section className={styles.section} aria-labelledby="refresh-heading">
        <h3 id="refresh-heading">{t("refreshHeading")}</h3>
        <p>{t("refreshExplain")}</p>
        <Button onClick={() => void refresh.run()}>{t("refreshButton")}</Button>
        <ActionStatus action={refresh} />
        {result && (
          <>
            <MessageBar intent={result.written ? "success" : "error"}>
              <MessageBarBody>
                {result.written
                  ? t("refreshDone", { count: result.tables.length })
                  : t("refreshBlocked")}
              </MessageBarBody>
            </MessageBar>
            <FindingList issues={result.issues} label={t("refreshFindings")} />
          </>
        )}
      </section>
      {host.mode === "file" && <p>{t("writeDownloadHint")}</p>}
    </div>
  );
}
