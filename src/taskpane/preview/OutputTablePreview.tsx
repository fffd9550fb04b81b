import { makeStyles, tokens } from "@fluentui/react-components";
import { outputCellText } from "../../app/outputCellText";
import type { Cell } from "../../ports/cell";
import type { OutputTable } from "../../ports/workbookPort";
import { ScrollArea } from "../common/ScrollArea";
import { useTableStyles } from "../common/useTableStyles";
import { useLang } from "../i18n/LangProvider";

const useStyles = makeStyles({
  caption: { textAlign: "left", captionSide: "top", color: tokens.colorNeutralForeground2 },
  title: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1 },
  th: {
    textAlign: "left",
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    padding: `0 ${tokens.spacingHorizontalS}`,
    whiteSpace: "nowrap",
  },
  text: { textAlign: "left", padding: `0 ${tokens.spacingHorizontalS}` },
  totals: {
    borderTop: `1px solid ${tokens.colorNeutralStroke1}`,
    fontWeight: tokens.fontWeightSemibold,
  },
});

/** One output table exactly as it will be written: caption lines, header, rows and totals row. */
export function OutputTablePreview({ table }: { table: OutputTable }) {
  const { lang, t } = useLang();
  const styles = useStyles();
  const tableStyles = useTableStyles();
  const [title, ...lines] = table.caption;
  const row = (cells: ReadonlyArray<Cell>, key: string, className?: string) => (
    <tr key={key} className={className}>
      {cells.map((cell, c) => {
        const format = table.columns[c]?.format ?? "text";
        const content = outputCellText(cell, format, lang);
        return c === 0 ? (
          <th key={c} scope="row" className={styles.text}>
            {content}
          </th>
        ) : (
          <td key={c} className={cell.t === "n" ? tableStyles.num : styles.text}>
            {content}
          </td>
        );
      })}
    </tr>
  );
  return (
    <ScrollArea label={title ?? table.table}>
      <table className={tableStyles.table} data-table={table.table}>
        <caption className={styles.caption}>
          <span className={styles.title}>{title ?? table.table}</span>
          {lines.map((l, k) => (
            <span key={k}>
              <br />
              {l}
            </span>
          ))}
          <br />
          {t("previewSheet", { sheet: table.sheet, table: table.table })}
        </caption>
        <thead>
          <tr>
            {table.columns.map((col) => (
              <th key={col.header} scope="col" className={styles.th}>
                {col.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((cells, r) => row(cells, String(r)))}
          {table.totalsRow && row(table.totalsRow, "totals", styles.totals)}
        </tbody>
      </table>
    </ScrollArea>
  );
}
