import type { Allocation } from "../../engine/allocate";
import { formatAmount } from "../../engine/formatAmount";
import type { Merger } from "../../engine/structure/merger";
import { rollUp } from "../../engine/structure/rollUp";
import { FigureTable, type FigureRow } from "../common/FigureTable";
import { FindingList } from "../common/FindingList";
import { formatAsGiven } from "../common/formatFigures";
import { useLang } from "../i18n/LangProvider";

/**
 * One year's allocation as the municipalities stand that year: a merged municipality as one line
 * over its predecessors. `mergers`: those the annex was read with (built in, table Fusies).
 */
export function MergerTable({
  allocation,
  year,
  mergers,
}: {
  allocation: Allocation;
  year: number;
  mergers: ReadonlyArray<Merger>;
}) {
  const { lang, t } = useLang();
  const rolled = rollUp(allocation.rows, mergers, year);
  const caption = t("structureMergers", { year });
  if (!rolled.ok) return <FindingList issues={rolled.issues} label={caption} />;
  const amount = (x: Allocation["total"]) => formatAmount(x, allocation.decimals, lang);
  const rows: FigureRow[] = rolled.value.flatMap((line) => [
    {
      key: line.name,
      name:
        line.detail.length > 0
          ? t("structureMergedName", { name: line.name, count: line.detail.length })
          : line.name,
      cells: [formatAsGiven(line.weight, lang), amount(line.amount)],
      ...(line.detail.length > 0 ? { kind: "emphasis" as const } : {}),
    },
    ...line.detail.map((d) => ({
      key: `${line.name}/${d.name}`,
      name: d.name,
      cells: [formatAsGiven(d.weight, lang), amount(d.amount)],
      kind: "detail" as const,
    })),
  ]);
  return (
    <FigureTable
      caption={caption}
      label={caption}
      nameHeader={t("municipality")}
      columns={[
        { header: t("pBudgetYear", { year }), figure: true },
        { header: t("lumpsumYear", { year }), figure: true },
      ]}
      primary={1}
      rows={[
        ...rows,
        { key: "total", name: t("total"), cells: ["", amount(allocation.total)], kind: "total" },
      ]}
    />
  );
}
