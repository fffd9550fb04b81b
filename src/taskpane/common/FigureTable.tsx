import {
  Button,
  Field,
  makeStyles,
  mergeClasses,
  Select,
  tokens,
} from "@fluentui/react-components";
import { useLayoutEffect, useRef, useState, type ReactNode } from "react";
import { useLang } from "../i18n/LangProvider";
import { ScrollArea } from "./ScrollArea";
import { useTableStyles } from "./useTableStyles";

export interface FigureColumn {
  readonly header: string;
  /** Figures are right-aligned, never broken, and one of them is shown when not all fit. */
  readonly figure: boolean;
}

export interface FigureRow {
  readonly key: string;
  /** The first cell: what the row is about (a municipality, a year). */
  readonly name: ReactNode;
  /** One per column. */
  readonly cells: ReadonlyArray<ReactNode>;
  /** A total is set off above; a detail is indented under the row before it. */
  readonly kind?: "total" | "detail" | "emphasis";
  readonly data?: string;
}

/** How much of the table the pane has room for: all of it, its figures without the text columns, or one column. */
type Fit = "all" | "figures" | "one";

export interface FigureTableProps {
  readonly caption: ReactNode;
  /** The table's name where a string is needed: the column choice and the whole-table region. */
  readonly label: string;
  readonly nameHeader: string;
  readonly columns: ReadonlyArray<FigureColumn>;
  readonly rows: ReadonlyArray<FigureRow>;
  /** The column shown beside the names when the pane is too narrow for all: the amount. */
  readonly primary: number;
  /** Marks the table for tests and styles: `data-table`. */
  readonly dataTable?: string;
}

const useStyles = makeStyles({
  box: { position: "relative", maxWidth: "100%" },
  // The whole table laid out at its narrowest (every name and header broken where it can be),
  // out of sight and clipped so that it never widens the page: if even that is wider than the
  // pane, the pane shows names and one column of figures.
  probe: {
    position: "absolute",
    top: 0,
    left: 0,
    width: 0,
    height: 0,
    overflow: "hidden",
    visibility: "hidden",
    pointerEvents: "none",
  },
  narrowest: { width: "min-content" },
  table: { width: "100%" },
  caption: { textAlign: "left", captionSide: "top", overflowWrap: "anywhere" },
  header: {
    textAlign: "right",
    verticalAlign: "bottom",
    fontWeight: tokens.fontWeightSemibold,
    padding: `0 ${tokens.spacingHorizontalS}`,
  },
  text: { textAlign: "left", padding: `0 ${tokens.spacingHorizontalS}` },
  total: {
    borderTop: `1px solid ${tokens.colorNeutralStroke1}`,
    fontWeight: tokens.fontWeightSemibold,
  },
  emphasis: { fontWeight: tokens.fontWeightSemibold },
  detail: { paddingLeft: tokens.spacingHorizontalXL, color: tokens.colorNeutralForeground2 },
  controls: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "end",
    gap: tokens.spacingHorizontalS,
    marginTop: tokens.spacingVerticalXS,
  },
});

/**
 * A table of figures that never makes the pane scroll sideways. When all its columns fit it is
 * shown whole; else without its text columns; when even that is too wide (a 320-pixel pane),
 * the names with one column of figures — the amount, or whichever the user picks. The whole
 * table is there on request, in a region that scrolls.
 */
export function FigureTable(props: FigureTableProps) {
  const { t } = useLang();
  const styles = useStyles();
  const box = useRef<HTMLDivElement>(null);
  const probes = useRef<Array<HTMLDivElement | null>>([]);
  const [fit, setFit] = useState<Fit>("all");
  const [chosen, choose] = useState(props.primary);
  const [whole, setWhole] = useState(false);
  const all = props.columns.map((_, i) => i);
  const figures = all.filter((i) => props.columns[i]!.figure);
  const shown = props.columns[chosen] ? chosen : props.primary;
  // Leaving out the text columns helps only when there are some, and figures to keep.
  const dropsText = useRef(false);
  dropsText.current = figures.length > 0 && figures.length < all.length;
  const candidates: Readonly<Record<Exclude<Fit, "one">, ReadonlyArray<number>>> = {
    all,
    figures,
  };

  useLayoutEffect(() => {
    const measure = () => {
      const room = box.current?.clientWidth ?? 0;
      const needs = probes.current.map((p) => p?.getBoundingClientRect().width ?? 0);
      // Without a layout (no width at all) there is nothing to fit: show the table whole.
      setFit(
        room === 0 || needs[0]! <= room
          ? "all"
          : dropsText.current && needs[1]! <= room
            ? "figures"
            : "one"
      );
    };
    measure();
    const observer = new ResizeObserver(measure);
    if (box.current) observer.observe(box.current);
    for (const p of probes.current) if (p) observer.observe(p);
    return () => observer.disconnect();
  }, []);

  const columns = fit === "one" ? [shown] : candidates[fit];
  return (
    <div className={styles.box} ref={box}>
      <div className={styles.probe} aria-hidden="true">
        {(["all", "figures"] as const).map((f, k) => (
          <div key={f} className={styles.narrowest} ref={(el) => void (probes.current[k] = el)}>
            <Table {...props} show={candidates[f]} probe />
          </div>
        ))}
      </div>
      <Table {...props} show={columns} />
      {fit !== "all" && (
        <div className={styles.controls}>
          {fit === "one" && figures.length > 1 && (
            <Field label={t("tableColumn")} size="small">
              <Select
                size="small"
                aria-label={t("tableColumnOf", { table: props.label })}
                value={String(shown)}
                onChange={(_, d) => choose(Number(d.value))}
              >
                {figures.map((i) => (
                  <option key={i} value={i}>
                    {props.columns[i]!.header}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          <Button size="small" appearance="subtle" onClick={() => setWhole((w) => !w)}>
            {t(whole ? "tableWholeHide" : "tableWholeShow", { count: props.columns.length + 1 })}
          </Button>
        </div>
      )}
      {fit !== "all" && whole && (
        <div data-whole-table="">
          <ScrollArea label={t("tableWhole", { table: props.label })}>
            <Table {...props} show={props.columns.map((_, i) => i)} />
          </ScrollArea>
        </div>
      )}
    </div>
  );
}

function Table({
  caption,
  nameHeader,
  columns,
  rows,
  dataTable,
  show,
  probe = false,
}: FigureTableProps & { show: ReadonlyArray<number>; probe?: boolean }) {
  const styles = useStyles();
  const tableStyles = useTableStyles();
  return (
    <table
      className={mergeClasses(tableStyles.table, !probe && styles.table)}
      data-table={probe ? undefined : dataTable}
    >
      <caption className={styles.caption}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className={mergeClasses(tableStyles.name, styles.text)}>
            {nameHeader}
          </th>
          {show.map((i) => (
            <th
              key={i}
              scope="col"
              className={
                columns[i]!.figure ? styles.header : mergeClasses(styles.header, styles.text)
              }
            >
              {columns[i]!.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr
            key={row.key}
            data-row={row.data}
            className={
              row.kind === "total"
                ? styles.total
                : row.kind === "emphasis"
                  ? styles.emphasis
                  : undefined
            }
          >
            <th
              scope="row"
              className={mergeClasses(tableStyles.name, row.kind === "detail" && styles.detail)}
            >
              {row.name}
            </th>
            {show.map((i) => (
              <td key={i} className={columns[i]!.figure ? tableStyles.num : styles.text}>
                {row.cells[i]}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
