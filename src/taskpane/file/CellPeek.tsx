import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { columnLetters, parseA1, type CellRef } from "../../ports/a1";
import type { RangeData } from "../../ports/workbookPort";
import { cellText } from "../../ports/readYearCell";
import { usePaneHost } from "../host/PaneHostProvider";
import { ScrollArea } from "../common/ScrollArea";
import { useLang } from "../i18n/LangProvider";

/** Rows and columns shown on each side of the cell: three columns fit a 320-pixel pane. */
const AROUND = { rows: 2, cols: 1 };

const useStyles = makeStyles({
  peek: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    padding: tokens.spacingHorizontalS,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    whiteSpace: "nowrap",
    maxWidth: "7em",
    overflow: "hidden",
    textOverflow: "ellipsis",
  },
  target: {
    outline: `2px solid ${tokens.colorBrandStroke1}`,
    fontWeight: tokens.fontWeightSemibold,
  },
  head: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightRegular },
});

/**
 * In file mode a finding's cell cannot be selected in Excel, so the pane shows the cells
 * around it, with column letters and row numbers, the cell itself outlined.
 */
export function CellPeek({
  sheet,
  cell,
  onClose,
}: {
  sheet: string;
  cell: string;
  onClose: () => void;
}) {
  const { t } = useLang();
  const { port } = usePaneHost();
  const styles = useStyles();
  const [block, setBlock] = useState<RangeData | null | undefined>(undefined);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    let live = true;
    void port.read({ kind: "sheet", name: sheet }).then((b) => live && setBlock(b ?? null));
    return () => {
      live = false;
    };
  }, [port, sheet]);
  useEffect(() => heading.current?.focus(), [sheet, cell]);

  const target = parseA1(cell);
  const origin = block ? parseA1(block.origin) : undefined;
  const rows = target ? range(Math.max(0, target.row - AROUND.rows), target.row + AROUND.rows) : [];
  const cols = target ? range(Math.max(0, target.col - AROUND.cols), target.col + AROUND.cols) : [];
  const at = ({ row, col }: CellRef) =>
    block && origin ? block.cells[row - origin.row]?.[col - origin.col] : undefined;
  return (
    <section className={styles.peek} aria-labelledby="cell-peek-title">
      <h3 id="cell-peek-title" tabIndex={-1} ref={heading}>
        {t("cellPeekTitle", { cell: `${sheet}!${cell}` })}
      </h3>
      {block === null && <p>{t("cellPeekMissing", { sheet })}</p>}
      {block && target && (
        <ScrollArea label={t("cellPeekGrid", { sheet })}>
          <table className={styles.table}>
            <thead>
              <tr>
                <td />
                {cols.map((c) => (
                  <th key={c} scope="col" className={`${styles.cell} ${styles.head}`}>
                    {columnLetters(c)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r}>
                  <th scope="row" className={`${styles.cell} ${styles.head}`}>
                    {r + 1}
                  </th>
                  {cols.map((c) => {
                    const here = r === target.row && c === target.col;
                    const content = at({ row: r, col: c });
                    return (
                      <td
                        key={c}
                        className={here ? `${styles.cell} ${styles.target}` : styles.cell}
                        aria-current={here ? "location" : undefined}
                        title={content ? cellText(content) : undefined}
                      >
                        {content ? cellText(content) : ""}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollArea>
      )}
      <Button onClick={onClose}>{t("cellPeekClose")}</Button>
    </section>
  );
}

const range = (from: number, to: number): number[] =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);
