import type { Budgets } from "../../ports/decodeBudgets";
import { FigureTable } from "../common/FigureTable";
import { formatAsGiven } from "../common/formatFigures";
import { useLang } from "../i18n/LangProvider";

/** The P-budgets as read, one row per municipality, so the user sees exactly what will be shared out. */
export function BudgetTable({ budgets, caption }: { budgets: Budgets; caption: string }) {
  const { lang, t } = useLang();
  const columns = [
    ...budgets.years.map((y) => ({ header: String(y), figure: true })),
    ...(budgets.hasArea ? [{ header: t("executionArea"), figure: false }] : []),
  ];
  return (
    <FigureTable
      caption={caption}
      label={caption}
      nameHeader={t("municipality")}
      columns={columns}
      // The latest year is the one a new circular brings.
      primary={budgets.years.length - 1}
      rows={budgets.rows.map((row) => ({
        key: row.name,
        name: row.name,
        cells: [
          ...budgets.years.map((y) => {
            const v = row.weights[y];
            return v === undefined ? "" : formatAsGiven(v, lang);
          }),
          ...(budgets.hasArea ? [row.area ?? ""] : []),
        ],
      }))}
    />
  );
}
