import { Button, makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import { ActionStatus } from "../common/ActionStatus";
import { FindingList } from "../common/FindingList";
import { useLang } from "../i18n/LangProvider";
import { WriteButton } from "../write/WriteButton";
import { CheckList } from "./CheckList";
import { OutputTablePreview } from "./OutputTablePreview";
import { usePlan } from "./usePlan";

const useStyles = makeStyles({
  flow: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  tables: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
});

/**
 * Flow 4: the tables exactly as they would be written and the checks on them; nothing is
 * written until the user confirms, with the one primary action below the tables it writes.
 */
export function PreviewFlow() {
  const { t } = useLang();
  const styles = useStyles();
  const load = usePlan();
  const plan = load.state.status === "done" ? load.state.value : undefined;
  return (
    <div className={styles.flow}>
      <div>
        <Button size="small" appearance="subtle" onClick={() => void load.run()}>
          {t("previewAgain")}
        </Button>
      </div>
      <ActionStatus action={load} />
      {plan && (
        <>
          <MessageBar intent={plan.ok ? "success" : "error"} layout="multiline">
            <MessageBarBody>
              {plan.ok ? t("previewReady", { count: plan.tables.length }) : t("previewBlocked")}
            </MessageBarBody>
          </MessageBar>
          {plan.checks.length > 0 && (
            <section aria-labelledby="checks-heading">
              <h3 id="checks-heading">{t("previewChecks")}</h3>
              <CheckList checks={plan.checks} />
            </section>
          )}
          <section aria-labelledby="preview-findings-heading">
            <h3 id="preview-findings-heading">{t("findings")}</h3>
            <FindingList issues={plan.issues} label={t("findings")} />
          </section>
          {plan.tables.length > 0 && (
            <section aria-labelledby="tables-heading" className={styles.tables}>
              <h3 id="tables-heading">{t("previewTables")}</h3>
              {plan.tables.map((table) => (
                <OutputTablePreview key={table.table} table={table} />
              ))}
            </section>
          )}
          <WriteButton plan={plan} />
        </>
      )}
    </div>
  );
}
