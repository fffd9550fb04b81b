import { makeStyles, tokens } from "@fluentui/react-components";
import type { Allocation } from "../../engine/allocate";
import { formatAmount } from "../../engine/formatAmount";
import { ratToDec } from "../../engine/rational";
import { areaSubtotals } from "../../engine/structure/areaSubtotals";
import type { BudgetRow } from "../../ports/decodeBudgets";
import { FindingList } from "../common/FindingList";
import { formatAsGiven, formatPercent } from "../common/formatFigures";
import { HeaderRow } from "../common/HeaderRow";
import { useTableStyles } from "../common/useTableStyles";
import { useLang } from "../i18n/LangProvider";

const useStyles = makeStyles({
  members: { fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground2 },
});

/** Subtotals per execution area: sums of the rounded rows, so they add up to the year's total exactly. */
export function AreaTable({
  allocation,
  budgets,
  year,
}: {
  allocation: Allocation;
  budgets: ReadonlyArray<BudgetRow>;
  year: number;
}) {
  const { lang, t } = useLang();
  const styles = useStyles();
  const tableStyles = useTableStyles();
  const result = areaSubtotals(
    allocation.rows.map((r, i) => ({
      name: r.name,
      area: budgets[i]?.area ?? null,
      amount: r.amount,
      weight: r.weight,
    }))
  );
  if (!result.ok)
    return <FindingList issues={result.issues} label={t("structureAreas", { year })} />;
  return (
    <>
      <table className={tableStyles.table}>
        <caption>{t("structureAreas", { year })}</caption>
        <HeaderRow
          name={t("executionArea")}
          figures={[t("pBudgetYear", { year }), t("shareOfTotal"), t("lumpsumYear", { year })]}
        />
        <tbody>
          {result.value.areas.map((a) => (
            <tr key={a.area ?? ""}>
              <th scope="row" className={tableStyles.name}>
                {a.area ?? t("areaUnassigned")}
                <br />
                <span className={styles.members}>{a.members.join(", ")}</span>
              </th>
              <td className={tableStyles.num}>{formatAsGiven(a.weight, lang)}</td>
              <td className={tableStyles.num}>{formatPercent(ratToDec(a.share, 6), 2, lang)}</td>
              <td className={tableStyles.num}>
                {formatAmount(a.amount, allocation.decimals, lang)}
              </td>
            </tr>
          ))}
          <tr>
            <th scope="row" className={tableStyles.name}>
              {t("total")}
            </th>
            <td className={tableStyles.num}>{formatAsGiven(result.value.weight, lang)}</td>
            <td />
            <td className={tableStyles.num}>
              {formatAmount(result.value.amount, allocation.decimals, lang)}
            </td>
          </tr>
        </tbody>
      </table>
      {result.issues.length > 0 && (
        <FindingList issues={result.issues} label={t("structureAreas", { year })} />
      )}
    </>
  );
}
