import type { Budgets } from "../../ports/decodeBudgets";
import { formatAsGiven } from "../common/formatFigures";
import { HeaderRow } from "../common/HeaderRow";
import { ScrollArea } from "../common/ScrollArea";
import { useTableStyles } from "../common/useTableStyles";
import { useLang } from "../i18n/LangProvider";

/** The P-budgets as read, one row per municipality, so the user sees exactly what will be shared out. */
export function BudgetTable({ budgets, caption }: { budgets: Budgets; caption: string }) {
  const { lang, t } = useLang();
  const tableStyles = useTableStyles();
  return (
    <ScrollArea label={caption}>
      <table className={tableStyles.table}>
        <caption>{caption}</caption>
        <HeaderRow
          name={t("municipality")}
          figures={budgets.years.map(String)}
          after={budgets.hasArea ? t("executionArea") : undefined}
        />
        <tbody>
          {budgets.rows.map((row) => (
            <tr key={row.name}>
              <th scope="row" className={tableStyles.name}>
                {row.name}
              </th>
              {budgets.years.map((y) => {
                const v = row.weights[y];
                return (
                  <td key={y} className={tableStyles.num}>
                    {v === undefined ? "" : formatAsGiven(v, lang)}
                  </td>
                );
              })}
              {budgets.hasArea && <td>{row.area ?? ""}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollArea>
  );
}
