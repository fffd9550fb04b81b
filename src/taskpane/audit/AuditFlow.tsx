import {
  Button,
  Field,
  Input,
  makeStyles,
  Radio,
  RadioGroup,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { checkWorkbook } from "../../app/checkWorkbook";
import { auditProjection } from "../../engine/projection/auditProjection";
import { publishedPrinted } from "../../engine/projection/publishedParams";
import { ActionStatus } from "../common/ActionStatus";
import { FindingList } from "../common/FindingList";
import { useAction } from "../common/useAction";
import { usePaneHost } from "../host/PaneHostProvider";
import { useLang } from "../i18n/LangProvider";
import { usePaneState } from "../state/PaneStateProvider";
import { refreshOptions } from "../state/refreshOptions";
import { auditWorkbookTable } from "./auditWorkbookTable";

const useStyles = makeStyles({
  flow: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    alignItems: "flex-start",
  },
});

const OUTPUT_CODES = new Set(["OUTPUT_STALE", "OUTPUT_ABSENT"]);

/**
 * Flow 6: show the council why the numbers are right, or where they are not. A published table
 * in the workbook is recomputed from its own inputs and every printed figure that does not
 * follow is listed with its cell; the output tables are compared with a fresh computation; and
 * the published projection of the council proposal is recomputed row by row.
 */
export function AuditFlow() {
  const { lang, t } = useLang();
  const styles = useStyles();
  const host = usePaneHost();
  const { port, choices } = usePaneState();
  const [by, setBy] = useState<"name" | "selection">("name");
  const [name, setName] = useState("");
  const table = useAction(() =>
    auditWorkbookTable(
      port,
      by === "selection" ? { kind: "selection" } : { kind: "table", name: name.trim() }
    )
  );
  const outputs = useAction(async () =>
    (await checkWorkbook(port, refreshOptions(lang, choices))).issues.filter((i) =>
      OUTPUT_CODES.has(i.code)
    )
  );
  const projection = useAction(async () => auditProjection(publishedPrinted()));
  const audited = table.state.status === "done" ? table.state.value : undefined;
  const notFollowing = audited?.issues.filter((i) => i.severity !== "info").length ?? 0;
  return (
    <div className={styles.flow}>
      <section className={styles.section} aria-labelledby="audit-table-heading">
        <h3 id="audit-table-heading">{t("auditTableHeading")}</h3>
        <p>{t("auditTableExplain")}</p>
        <RadioGroup
          value={by}
          onChange={(_, d) => setBy(d.value as "name" | "selection")}
          aria-label={t("auditTableBy")}
        >
          <Radio value="name" label={t("auditTableByName")} />
          <Radio
            value="selection"
            label={t(host.mode === "file" ? "sourceSelectionFile" : "sourceSelection")}
            disabled={host.mode === "file"}
          />
        </RadioGroup>
        {by === "name" && (
          <Field label={t("auditTableName")}>
            <Input
              value={name}
              onChange={(_, d) => setName(d.value)}
              onKeyDown={(e) => e.key === "Enter" && void table.run()}
            />
          </Field>
        )}
        <Button
          appearance="primary"
          disabled={by === "name" && name.trim() === ""}
          onClick={() => void table.run()}
        >
          {t("auditTableButton")}
        </Button>
        <ActionStatus action={table} />
        {audited && (
          <>
            {audited.figures > 0 && (
              <p>
                {t("auditTableResult", {
                  table: audited.table,
                  figures: audited.figures,
                  count: notFollowing,
                })}
              </p>
            )}
            <FindingList
              issues={audited.issues}
              label={t("auditTableFindings", { table: audited.table })}
            />
          </>
        )}
      </section>

      <section className={styles.section} aria-labelledby="audit-output-heading">
        <h3 id="audit-output-heading">{t("auditOutputHeading")}</h3>
        <p>{t("auditOutputExplain")}</p>
        <Button onClick={() => void outputs.run()}>{t("auditOutputButton")}</Button>
        <ActionStatus action={outputs} />
        {outputs.state.status === "done" &&
          (outputs.state.value.length === 0 ? (
            <p>{t("auditOutputCurrent")}</p>
          ) : (
            <FindingList issues={outputs.state.value} label={t("auditOutputHeading")} />
          ))}
      </section>

      <section className={styles.section} aria-labelledby="audit-projection-heading">
        <h3 id="audit-projection-heading">{t("auditProjectionHeading")}</h3>
        <p>{t("auditProjectionExplain")}</p>
        <Button onClick={() => void projection.run()}>{t("auditProjectionButton")}</Button>
        <ActionStatus action={projection} />
        {projection.state.status === "done" && (
          <FindingList issues={projection.state.value} label={t("auditProjectionHeading")} />
        )}
      </section>
    </div>
  );
}
