import { Field, Input, makeStyles, Radio, RadioGroup, tokens } from "@fluentui/react-components";
import type { Dec } from "../../engine/decimal";
import type { Basis } from "../../engine/yearSlices";
import { ActionStatus } from "../common/ActionStatus";
import { DecimalField } from "../common/DecimalField";
import { FigureTable } from "../common/FigureTable";
import { FindingList } from "../common/FindingList";
import { formatAsGiven } from "../common/formatFigures";
import { useLoad } from "../common/useLoad";
import { useLang } from "../i18n/LangProvider";
import type { PeriodChoice, TotalsChoice } from "../state/paneChoices";
import { usePaneState } from "../state/PaneStateProvider";
import { readTotalsAndPeriod } from "./readTotalsAndPeriod";

const useStyles = makeStyles({
  flow: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  wrap: { flexWrap: "wrap" },
});

/**
 * Flow 2: the total lump sum per year (from the workbook's Lumpsum table, typed in, or from
 * the projection), the period with its convention, and the rounding.
 */
export function TotalsFlow() {
  const { lang, t } = useLang();
  const styles = useStyles();
  const { port, choices, choose, scenarios } = usePaneState();
  const load = useLoad(() => readTotalsAndPeriod(port), [port]);
  const read = load.state.status === "done" ? load.state.value : undefined;
  const totals = choices.totals;
  const period = choices.period;

  const projected = scenarios.outcomes[scenarios.selected].projection;
  const projectedRow = projected.ok
    ? projected.value.rows.find((r) => r.key === "totaalLumpsum")
    : undefined;
  const shown: ReadonlyArray<readonly [number, Dec]> =
    totals.kind === "projection"
      ? projected.ok && projectedRow
        ? projected.value.years.flatMap((y, i) =>
            read?.years.includes(y) ? [[y, projectedRow.values[i]!] as const] : []
          )
        : []
      : totals.kind === "workbook" && read?.totals
        ? [...read.totals]
        : [];

  const chooseTotals = (kind: TotalsChoice["kind"]) => {
    if (kind !== "typed") return choose({ totals: { kind } });
    // Start from what the workbook says, so the user changes only what differs.
    const values = Object.fromEntries(
      (read?.years ?? []).map((y) => [y, read?.totals?.get(y)?.toFixed() ?? ""])
    );
    choose({ totals: { kind, values } });
  };
  const choosePeriod = (kind: PeriodChoice["kind"]) =>
    choose({
      period:
        kind === "typed"
          ? { kind, start: read?.period.period?.start ?? "", end: read?.period.period?.end ?? "" }
          : { kind },
    });

  return (
    <div className={styles.flow}>
      <section aria-labelledby="totals-heading">
        <h3 id="totals-heading">{t("totalsHeading")}</h3>
        <RadioGroup
          value={totals.kind}
          onChange={(_, d) => chooseTotals(d.value as TotalsChoice["kind"])}
          aria-labelledby="totals-heading"
        >
          <Radio value="workbook" label={t("totalsWorkbook")} />
          <Radio value="typed" label={t("totalsTyped")} />
          <Radio value="projection" label={t("totalsProjection", { id: scenarios.selected })} />
        </RadioGroup>
        <ActionStatus action={load} />
        {totals.kind === "typed" && (
          <div className={styles.row}>
            {Object.entries(totals.values).map(([year, value]) => (
              <DecimalField
                key={year}
                label={t("totalsYear", { year })}
                unit="€"
                value={value}
                onChange={(v) =>
                  choose({ totals: { kind: "typed", values: { ...totals.values, [year]: v } } })
                }
              />
            ))}
          </div>
        )}
        {totals.kind === "typed" && Object.keys(totals.values).length === 0 && (
          <p>{t("totalsNoYears")}</p>
        )}
        {totals.kind === "workbook" && read && !read.hasTable && <p>{t("totalsNoTable")}</p>}
        {totals.kind === "projection" && (
          <p>{t("totalsFromProjection", { id: scenarios.selected })}</p>
        )}
        {shown.length > 0 && (
          <FigureTable
            caption={t("totalsRead")}
            label={t("totalsRead")}
            nameHeader={t("year")}
            columns={[{ header: t("totalEuro"), figure: true }]}
            primary={0}
            rows={shown.map(([year, v]) => ({
              key: String(year),
              name: year,
              cells: [formatAsGiven(v, lang)],
            }))}
          />
        )}
        {read && <FindingList issues={read.totalsIssues} label={t("totalsFindings")} />}
      </section>

      <section aria-labelledby="period-heading">
        <h3 id="period-heading">{t("periodHeading")}</h3>
        <RadioGroup
          value={period.kind}
          onChange={(_, d) => choosePeriod(d.value as PeriodChoice["kind"])}
          aria-labelledby="period-heading"
        >
          <Radio value="workbook" label={t("periodWorkbook")} />
          <Radio value="typed" label={t("periodTyped")} />
          <Radio value="none" label={t("periodNone")} />
        </RadioGroup>
        {period.kind === "typed" && (
          <div className={styles.row}>
            <Field label={t("periodStart")}>
              <Input
                type="date"
                value={period.start}
                onChange={(_, d) => choose({ period: { ...period, start: d.value } })}
              />
            </Field>
            <Field label={t("periodEnd")}>
              <Input
                type="date"
                value={period.end}
                onChange={(_, d) => choose({ period: { ...period, end: d.value } })}
              />
            </Field>
          </div>
        )}
        {read?.period.period && period.kind !== "none" && (
          <p>{t("periodRead", { start: read.period.period.start, end: read.period.period.end })}</p>
        )}
        {read &&
          period.kind === "workbook" &&
          !read.period.period &&
          read.period.issues.length === 0 && <p>{t("periodAbsent")}</p>}
        {read && <FindingList issues={read.period.issues} label={t("periodFindings")} />}
        <RadioGroup
          className={styles.wrap}
          layout="horizontal"
          value={choices.basis}
          onChange={(_, d) => choose({ basis: d.value as Basis })}
          aria-label={t("basis")}
        >
          <Radio value="months" label={t("basisMonths")} />
          <Radio value="days" label={t("basisDays")} />
        </RadioGroup>
      </section>

      <section aria-labelledby="rounding-heading">
        <h3 id="rounding-heading">{t("roundingHeading")}</h3>
        <RadioGroup
          className={styles.wrap}
          layout="horizontal"
          value={String(choices.decimals)}
          onChange={(_, d) => choose({ decimals: d.value === "2" ? 2 : 0 })}
          aria-labelledby="rounding-heading"
        >
          <Radio value="0" label={t("decimalsEuros")} />
          <Radio value="2" label={t("decimalsCents")} />
        </RadioGroup>
      </section>
    </div>
  );
}
