import { makeStyles, tokens } from "@fluentui/react-components";
import { outputCellText } from "../../app/outputCellText";
import type { OutputTable } from "../../ports/workbookPort";
import { FigureTable } from "../common/FigureTable";
import { useLang } from "../i18n/LangProvider";

const useStyles = makeStyles({
  title: { fontWeight: tokens.fontWeightSemibold },
  line: { display: "block", color: tokens.colorNeutralForeground2 },
});

/**
 * One output table exactly as it will be written: caption lines, header, rows and totals row.
 * In a narrow pane: each municipality with its amount (the last amount column: the lump sum of
 * the last year, or the period's total), the rest on request.
 */
export function OutputTablePreview({ table }: { table: OutputTable }) {
  const { lang, t } = useLang();
  const styles = useStyles();
  const [title, ...lines] = table.caption;
  const label = title ?? table.table;
  const money = table.columns.flatMap((c, i) =>
    i > 0 && (c.format === "eur0" || c.format === "eur2") ? [i - 1] : []
  );
  const text = (cells: OutputTable["rows"][number]) =>
    cells.map((cell, c) => outputCellText(cell, table.columns[c]?.format ?? "text", lang));
  const rows = table.rows.map((cells, r) => ({ key: String(r), cells: text(cells) }));
  return (
    <FigureTable
      label={label}
      dataTable={table.table}
      caption={
        <>
          <span className={styles.title}>{label}</span>
          {lines.map((l, k) => (
            <span key={k} className={styles.line}>
              {l}
            </span>
          ))}
          <span className={styles.line}>
            {t("previewSheet", { sheet: table.sheet, table: table.table })}
          </span>
        </>
      }
      nameHeader={table.columns[0]?.header ?? ""}
      columns={table.columns
        .slice(1)
        .map((c) => ({ header: c.header, figure: c.format !== "text" }))}
      primary={money[money.length - 1] ?? 0}
      rows={[
        ...rows,
        ...(table.totalsRow
          ? [{ key: "totals", cells: text(table.totalsRow), kind: "total" as const }]
          : []),
      ].map((r) => ({ ...r, name: r.cells[0], cells: r.cells.slice(1) }))}
    />
  );
}
