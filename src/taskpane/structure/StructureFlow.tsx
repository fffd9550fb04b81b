import { Field, makeStyles, Select, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { ActionStatus } from "../common/ActionStatus";
import { FindingList } from "../common/FindingList";
import { useLoad } from "../common/useLoad";
import { useLang } from "../i18n/LangProvider";
import { usePaneState } from "../state/PaneStateProvider";
import { AreaTable } from "./AreaTable";
import { FairnessTable } from "./FairnessTable";
import { MergerTable } from "./MergerTable";
import { readAllocations } from "./readAllocations";

const useStyles = makeStyles({
  flow: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
});

/**
 * Flow 7: the allocation of one year seen by structure (the mergers of 2022, the execution
 * areas) and by fairness (each municipality's contribution against what its placements would
 * have cost per person).
 */
export function StructureFlow() {
  const { t } = useLang();
  const styles = useStyles();
  const { port, choices } = usePaneState();
  const load = useLoad(
    () => readAllocations(port, choices),
    [port, choices.basis, choices.decimals]
  );
  const read = load.state.status === "done" ? load.state.value : undefined;
  const years = read?.computed?.years ?? [];
  const [chosen, setYear] = useState<number | undefined>(undefined);
  const year = chosen !== undefined && years.includes(chosen) ? chosen : years[years.length - 1];
  const allocation = year === undefined ? undefined : read?.computed?.perYear.get(year);
  return (
    <div className={styles.flow}>
      <ActionStatus action={load} />
      {read && !read.computed && <FindingList issues={read.issues} label={t("findings")} />}
      {years.length > 0 && (
        <Field label={t("year")}>
          <Select value={String(year)} onChange={(_, d) => setYear(Number(d.value))}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {allocation && year !== undefined && read?.inputs && (
        <>
          <section aria-labelledby="mergers-heading">
            <h3 id="mergers-heading">{t("structureMergersHeading")}</h3>
            <p>{t("structureMergersExplain")}</p>
            <MergerTable allocation={allocation} year={year} mergers={read.inputs.mergers} />
          </section>
          <section aria-labelledby="areas-heading">
            <h3 id="areas-heading">{t("structureAreasHeading")}</h3>
            <AreaTable allocation={allocation} budgets={read.inputs.budgets.rows} year={year} />
          </section>
          <section aria-labelledby="fairness-heading">
            <h3 id="fairness-heading">{t("fairnessHeading")}</h3>
            <p>{t("fairnessExplain")}</p>
            <FairnessTable key={year} allocation={allocation} year={year} />
          </section>
        </>
      )}
    </div>
  );
}
