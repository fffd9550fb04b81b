import { makeStyles, tokens } from "@fluentui/react-components";
import type { Dec } from "../../engine/decimal";
import { formatAmount } from "../../engine/formatAmount";
import { SCENARIO_IDS, type ScenarioId } from "../../engine/projection/projectionParams";
import type { Projection, ProjectionRowKey } from "../../engine/projection/projectionRows";
import { LineChart, type ChartSeries } from "../chart/LineChart";
import { formatPercent } from "../common/formatFigures";
import { useLang } from "../i18n/LangProvider";
import type { StringKey } from "../strings";
import type { ScenarioOutcome } from "./useScenarios";

const useStyles = makeStyles({
  charts: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
});

const rowValues = (p: Projection, key: ProjectionRowKey): ReadonlyArray<Dec> =>
  p.rows.find((r) => r.key === key)?.values ?? [];

/**
 * The four scenarios side by side: the total lump sum and its share of the P-budget per year,
 * each drawn as a chart with its figures in a table right below it.
 */
export function ScenarioComparison({
  outcomes,
  selected,
}: {
  outcomes: Readonly<Record<ScenarioId, ScenarioOutcome>>;
  selected: ScenarioId;
}) {
  const { lang, t } = useLang();
  const styles = useStyles();
  const valid = SCENARIO_IDS.flatMap((id) => {
    const r = outcomes[id].projection;
    return r.ok ? [{ id, projection: r.value }] : [];
  });
  // Years stay on screen while a parameter is being corrected, so the layout does not jump.
  const years = valid[0]?.projection.years ?? outcomes[selected].draft?.years ?? [];
  const seriesOf = (key: ProjectionRowKey): ChartSeries[] =>
    SCENARIO_IDS.map((id) => {
      const r = outcomes[id].projection;
      const values = r.ok ? rowValues(r.value, key) : [];
      return {
        id,
        label: t("projectionScenarioOption", { id }),
        values: years.map((y) => (r.ok ? values[r.value.years.indexOf(y)] : undefined)),
      };
    });
  const own = outcomes[selected].projection;
  const decimals = own.ok ? own.value.decimals : 0;
  const euro = (v: Dec) => formatAmount(v, decimals, lang);
  const pct = (v: Dec) => formatPercent(v, 1, lang);
  const chart = (key: ProjectionRowKey, title: StringKey, format: (v: Dec) => string) => {
    const series = seriesOf(key);
    const details = series
      .filter((s) => s.values[0] !== undefined && s.values[s.values.length - 1] !== undefined)
      .map((s) =>
        t("chartSeriesSummary", {
          id: s.id,
          from: format(s.values[0] as Dec),
          to: format(s.values[s.values.length - 1] as Dec),
        })
      )
      .join(" ");
    return (
      <LineChart
        title={t(title)}
        summary={t("chartSummary", {
          title: t(title),
          firstYear: years[0] ?? "",
          lastYear: years[years.length - 1] ?? "",
          ids: series.map((s) => s.id).join(", "),
          details,
        })}
        yearLabel={t("year")}
        years={years}
        series={series}
        format={format}
        highlight={selected}
      />
    );
  };
  if (years.length === 0) return null;
  return (
    <section aria-label={t("projectionComparison")} className={styles.charts}>
      {chart("totaalLumpsum", "chartTotalTitle", euro)}
      {chart("lumpsumPctPBudget", "chartPctTitle", pct)}
    </section>
  );
}
