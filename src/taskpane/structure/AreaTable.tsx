import { makeStyles, tokens } from "@fluentui/react-components";
import type { Allocation } from "../../engine/allocate";
import { formatAmount } from "../../engine/formatAmount";
import { nameKey } from "../../engine/nameKey";
import { ratToDec } from "../../engine/rational";
import { areaSubtotals } from "../../engine/structure/areaSubtotals";
import type { BudgetRow } from "../../ports/decodeBudgets";
import { FigureTable } from "../common/FigureTable";
import { FindingList } from "../common/FindingList";
import { formatAsGiven, formatPercent } from "../common/formatFigures";
import { useLang } from "../i18n/LangProvider";

const useStyles = makeStyles({
  members: {
    display: "block",
    fontSize: tokens.fontSizeBase100,
    color: tokens.colorNeutralForeground2,
  },
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
  const caption = t("structureAreas", { year });
  // By name: a year lists only the municipalities that existed in it (mergers).
  const areas = new Map(budgets.map((b) => [nameKey(b.name), b.area]));
  const result = areaSubtotals(
    allocation.rows.map((r) => ({
      name: r.name,
      area: areas.get(nameKey(r.name)) ?? null,
      amount: r.amount,
      weight: r.weight,
    }))
  );
  if (!result.ok) return <FindingList issues={result.issues} label={caption} />;
  const amount = (x: Allocation["total"]) => formatAmount(x, allocation.decimals, lang);
  return (
    <>
      <FigureTable
        caption={caption}
        label={caption}
        nameHeader={t("executionArea")}
        columns={[
          { header: t("pBudgetYear", { year }), figure: true },
          { header: t("shareOfTotal"), figure: true },
          { header: t("lumpsumYear", { year }), figure: true },
        ]}
        primary={2}
        rows={[
          ...result.value.areas.map((a) => ({
            key: a.area ?? "",
            name: (
              <>
                {a.area ?? t("areaUnassigned")}
                <span className={styles.members}>{a.members.join(", ")}</span>
              </>
            ),
            cells: [
              formatAsGiven(a.weight, lang),
              formatPercent(ratToDec(a.share, 6), 2, lang),
              amount(a.amount),
            ],
          })),
          {
            key: "total",
            name: t("total"),
            cells: [formatAsGiven(result.value.weight, lang), "", amount(result.value.amount)],
            kind: "total" as const,
          },
        ]}
      />
      {result.issues.length > 0 && <FindingList issues={result.issues} label={caption} />}
    </>
  );
}
