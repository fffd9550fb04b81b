import { Button, makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import { useRef } from "react";
import type { RefreshPlan } from "../../app/planRefresh";
import { ActionStatus } from "../common/ActionStatus";
import { useAction } from "../common/useAction";
import { usePaneHost, useWriteStatus } from "../host/PaneHostProvider";
import { useLang } from "../i18n/LangProvider";
import { usePlan } from "../preview/usePlan";
import type { StringKey } from "../strings";
import { DownloadButton } from "./DownloadButton";
import { UndoButton } from "./UndoButton";
import { useRefreshAll } from "./useRefreshAll";
import { RefreshOutcome } from "./RefreshOutcome";
import { SheetLangChoice } from "./SheetLangChoice";
import { WriteButton } from "./WriteButton";

const useStyles = makeStyles({
  flow: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    alignItems: "flex-start",
  },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

const SENTENCE: Readonly<Record<string, StringKey>> = {
  unwritten: "writeStatusUnwritten",
  "written:file": "writeStatusWrittenFile",
  "written:office": "writeStatusWrittenOffice",
  downloaded: "writeStatusDownloaded",
  undone: "writeStatusUndone",
};

/**
 * Flow 5: where the output stands and the one thing to do next — write the tables of the
 * current choices (in the workbook's language, or another chosen on purpose, which says what it
 * renames), then (file mode) download the workbook — beside refresh all (every output from the
 * settings the workbook stores) and undo. Only the latest action's outcome is shown.
 */
export function WriteFlow() {
  const { t } = useLang();
  const styles = useStyles();
  const host = usePaneHost();
  const { status } = useWriteStatus();
  const load = usePlan();
  const plan = load.state.status === "done" ? load.state.value : undefined;
  // The language choice stays in place while the plan is computed again for a new choice.
  const lastPlan = useRef<RefreshPlan | undefined>(undefined);
  if (plan) lastPlan.current = plan;
  const choicePlan = plan ?? lastPlan.current;
  const undo = useAction(() => host.undoLastRefresh());
  const refresh = useRefreshAll();
  const result = refresh.state.status === "done" ? refresh.state.value : undefined;
  // Each action clears what the one before said, so messages do not pile up.
  const only = (keep: "write" | "undo" | "refresh") => {
    if (keep !== "undo") undo.reset();
    if (keep !== "refresh") refresh.reset();
  };
  const written = status.state === "written" || status.state === "downloaded";
  const toDownload = host.mode === "file" && status.writes > 0;
  const sentence =
    SENTENCE[status.state === "written" ? `written:${host.mode}` : status.state] ??
    "writeStatusUnwritten";
  return (
    <div className={styles.flow}>
      <section className={styles.section} aria-labelledby="write-heading">
        <h3 id="write-heading">{t("writeHeading")}</h3>
        <p>{t(sentence)}</p>
        <ActionStatus action={load} />
        {plan && !plan.ok && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{t("previewBlocked")}</MessageBarBody>
          </MessageBar>
        )}
        {plan?.ok && !written && <p>{t("previewReady", { count: plan.tables.length })}</p>}
        {choicePlan?.ok && <SheetLangChoice plan={choicePlan} busy={!plan} />}
        <div className={styles.actions}>
          {plan && (
            <WriteButton
              plan={plan}
              appearance={toDownload ? "secondary" : "primary"}
              onStart={() => only("write")}
            />
          )}
        </div>
        {host.mode === "file" && <DownloadButton blocked={!!plan && !plan.ok} />}
      </section>
      <section className={styles.section} aria-labelledby="refresh-heading">
        <h3 id="refresh-heading">{t("refreshHeading")}</h3>
        <p>{t("refreshExplain")}</p>
        <Button
          disabled={refresh.state.status === "running"}
          onClick={() => {
            only("refresh");
            void refresh.run(false);
          }}
        >
          {t("refreshButton")}
        </Button>
        <ActionStatus action={refresh} />
        {result && <RefreshOutcome result={result} onForce={() => void refresh.run(true)} />}
      </section>
      <section className={styles.section} aria-labelledby="undo-heading">
        <h3 id="undo-heading">{t("undoHeading")}</h3>
        <p>{t("undoExplain")}</p>
        <UndoButton
          undo={{
            ...undo,
            run: () => {
              only("undo");
              return undo.run();
            },
          }}
        />
        <ActionStatus action={undo} />
      </section>
    </div>
  );
}
