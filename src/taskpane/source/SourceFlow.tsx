import { Button, makeStyles, Radio, RadioGroup, tokens } from "@fluentui/react-components";
import { ActionStatus } from "../common/ActionStatus";
import { FindingList } from "../common/FindingList";
import { useLoad } from "../common/useLoad";
import { usePaneHost } from "../host/PaneHostProvider";
import { useLang } from "../i18n/LangProvider";
import type { SourceChoice } from "../state/paneChoices";
import { usePaneState } from "../state/PaneStateProvider";
import { BudgetTable } from "./BudgetTable";
import { readBudgetSource } from "../../app/readBudgetSource";

const useStyles = makeStyles({
  flow: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

/**
 * Flow 1: where the P-budgets come from, what was read (municipalities and years), and every
 * finding about it, each with a way to the cell it is about.
 */
export function SourceFlow() {
  const { t } = useLang();
  const styles = useStyles();
  const host = usePaneHost();
  const { port, choices, choose } = usePaneState();
  const load = useLoad(() => readBudgetSource(port), [port]);
  const read = load.state.status === "done" ? load.state.value : undefined;
  const budgets = read?.budgets;
  return (
    <div className={styles.flow}>
      <RadioGroup
        value={choices.source}
        onChange={(_, d) => choose({ source: d.value as SourceChoice })}
        aria-label={t("sourceChoice")}
      >
        <Radio value="workbook" label={t("sourceWorkbook")} />
        <Radio
          value="selection"
          label={t(host.mode === "file" ? "sourceSelectionFile" : "sourceSelection")}
          disabled={host.mode === "file"}
        />
      </RadioGroup>
      <div>
        <Button onClick={() => void load.run()}>{t("readAgain")}</Button>
      </div>
      <ActionStatus action={load} />
      {read?.range && !budgets && choices.source === "selection" && (
        <p>{t("sourceSelectionHint")}</p>
      )}
      {read && !read.range && choices.source === "selection" && <p>{t("sourceSelectionEmpty")}</p>}
      {budgets && (
        <>
          <p>
            {t("sourceRead", {
              address: budgets.address,
              count: budgets.rows.length,
              years: budgets.years.join(", "),
            })}
          </p>
          <BudgetTable budgets={budgets} caption={t("sourceTable", { source: budgets.source })} />
        </>
      )}
      {read && (
        <section aria-label={t("findings")}>
          <h3>{t("findings")}</h3>
          <FindingList issues={read.issues} label={t("sourceFindings")} />
        </section>
      )}
    </div>
  );
}
