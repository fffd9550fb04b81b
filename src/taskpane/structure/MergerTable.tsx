import { makeStyles, tokens } from "@fluentui/react-components";
import type { Allocation } from "../../engine/allocate";
import { formatAmount } from "../../engine/formatAmount";
import { BUILT_IN_MERGERS } from "../../engine/structure/builtInMergers";
import { rollUp } from "../../engine/structure/rollUp";
import { FindingList } from "../common/FindingList";
import { formatAsGiven } from "../common/formatFigures";
import { HeaderRow } from "../common/HeaderRow";
import { useTableStyles } from "../common/useTableStyles";
import { useLang } from "../i18n/LangProvider";

const useStyles = makeStyles({
  merged: { fontWeight: tokens.fontWeightSemibold },
  detail: {
    textAlign: "left",
    fontWeight: tokens.fontWeightRegular,
    paddingLeft: tokens.spacingHorizontalXL,
    color: tokens.colorNeutralForeground2,
  },
});

/** One year's allocation as the municipalities stand that year: a merged municipality as one line over its predecessors. */
export function MergerTable({ allocation, year }: { allocation: Allocation; year: number }) {
  const { lang, t } = useLang();
  const styles = useStyles();
  const tableStyles = useTableStyles();
  const rolled = rollUp(allocation.rows, BUILT_IN_MERGERS, year);
  if (!rolled.ok)
    return <FindingList issues={rolled.issues} label={t("structureMergers", { year })} />;
  const amount = (x: Allocation["total"]) => formatAmount(x, allocation.decimals, lang);
  return (
    <table className={tableStyles.table}>
      <caption>{t("structureMergers", { year })}</caption>
      <HeaderRow
        name={t("municipality")}
        figures={[t("pBudgetYear", { year }), t("lumpsumYear", { year })]}
      />
      <tbody>
        {rolled.value.flatMap((line) => [
          <tr key={line.name} className={line.detail.length > 0 ? styles.merged : undefined}>
            <th scope="row" className={tableStyles.name}>
              {line.detail.length > 0
                ? t("structureMergedName", { name: line.name, count: line.detail.length })
                : line.name}
            </th>
            <td className={tableStyles.num}>{formatAsGiven(line.weight, lang)}</td>
            <td className={tableStyles.num}>{amount(line.amount)}</td>
          </tr>,
          ...line.detail.map((d) => (
            <tr key={`${line.name}/${d.name}`}>
              <th scope="row" className={styles.detail}>
                {d.name}
              </th>
              <td className={tableStyles.num}>{formatAsGiven(d.weight, lang)}</td>
              <td className={tableStyles.num}>{amount(d.amount)}</td>
            </tr>
          )),
        ])}
        <tr className={styles.merged}>
          <th scope="row" className={tableStyles.name}>
            {t("total")}
          </th>
          <td />
          <td className={tableStyles.num}>{amount(allocation.total)}</td>
        </tr>
      </tbody>
    </table>
  );
}
