import { makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { Dec } from "../../engine/decimal";
import { FigureTable } from "../common/FigureTable";
import { niceTicks } from "./niceTicks";

export interface ChartSeries {
  readonly id: string;
  readonly label: string;
  /** One per year; undefined where the series has no value (invalid parameters). */
  readonly values: ReadonlyArray<Dec | undefined>;
}

export interface LineChartProps {
  readonly title: string;
  /** Read out instead of the picture; the table below the chart holds every figure. */
  readonly summary: string;
  readonly yearLabel: string;
  readonly years: ReadonlyArray<number>;
  readonly series: ReadonlyArray<ChartSeries>;
  readonly format: (value: Dec) => string;
  /** The series drawn heavier (the scenario being edited). */
  readonly highlight?: string;
}

// Each series differs in colour, dash and marker, so none depends on colour alone.
const STROKES = [
  tokens.colorPaletteBlueForeground2,
  tokens.colorPaletteDarkOrangeForeground2,
  tokens.colorPaletteGreenForeground2,
  tokens.colorPaletteBerryForeground2,
];
const DASHES = ["", "6 3", "2 3", "8 3 2 3"];
const W = 320;
const H = 180;
const PAD = { left: 72, right: 12, top: 12, bottom: 28 };

const useStyles = makeStyles({
  figure: { margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  svg: { width: "100%", maxWidth: `${W * 1.5}px`, height: "auto" },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: 1 },
  grid: { stroke: tokens.colorNeutralStroke2, strokeWidth: 1 },
  tick: { fill: tokens.colorNeutralForeground2, fontSize: "10px" },
  legend: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalM,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
});

/** A line per series over the years, drawn with SVG, with a table that holds the same figures. */
export function LineChart({
  title,
  summary,
  yearLabel,
  years,
  series,
  format,
  highlight,
}: LineChartProps) {
  const styles = useStyles();
  const id = useId();
  const numbers = series.flatMap((s) =>
    s.values.filter((v): v is Dec => v !== undefined).map((v) => v.toNumber())
  );
  const ticks = niceTicks(Math.min(...numbers, 0), Math.max(...numbers, 0));
  const [lo, hi] = [ticks[0] ?? 0, ticks[ticks.length - 1] ?? 1];
  const x = (i: number) =>
    PAD.left +
    (years.length > 1
      ? (i * (W - PAD.left - PAD.right)) / (years.length - 1)
      : (W - PAD.left - PAD.right) / 2);
  const y = (v: number) =>
    H - PAD.bottom - ((v - lo) * (H - PAD.top - PAD.bottom)) / (hi - lo || 1);
  // Ticks are round numbers (niceTicks), so their shortest text is exact.
  const tickFormat = (v: number) => format(new Dec(String(v)));

  return (
    <figure className={styles.figure} aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>{title}</figcaption>
      <svg
        className={styles.svg}
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-summary`}
      >
        <desc id={`${id}-summary`}>{summary}</desc>
        {ticks.map((v) => (
          <g key={v}>
            <line className={styles.grid} x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} />
            <text className={styles.tick} x={PAD.left - 4} y={y(v) + 3} textAnchor="end">
              {tickFormat(v)}
            </text>
          </g>
        ))}
        <line className={styles.axis} x1={PAD.left} x2={W - PAD.right} y1={y(lo)} y2={y(lo)} />
        {years.map((year, i) => (
          <text
            key={year}
            className={styles.tick}
            x={x(i)}
            y={H - PAD.bottom + 14}
            textAnchor="middle"
          >
            {year}
          </text>
        ))}
        {series.map((s, k) => {
          const points = s.values.flatMap((v, i) =>
            v === undefined ? [] : [[x(i), y(v.toNumber())] as const]
          );
          const stroke = STROKES[k % STROKES.length];
          const width = s.id === highlight ? 3 : 1.5;
          return (
            <g key={s.id} data-series={s.id}>
              <polyline
                points={points.map((p) => p.join(",")).join(" ")}
                fill="none"
                stroke={stroke}
                strokeWidth={width}
                strokeDasharray={DASHES[k % DASHES.length]}
              />
              {points.map(([px, py]) => (
                <Marker key={px} kind={k % 4} x={px} y={py} color={stroke ?? "currentColor"} />
              ))}
            </g>
          );
        })}
      </svg>
      <ul className={styles.legend} aria-hidden="true">
        {series.map((s, k) => (
          <li key={s.id}>
            <svg width="24" height="10" viewBox="0 0 24 10">
              <line
                x1="0"
                x2="24"
                y1="5"
                y2="5"
                stroke={STROKES[k % STROKES.length]}
                strokeWidth={s.id === highlight ? 3 : 1.5}
                strokeDasharray={DASHES[k % DASHES.length]}
              />
              <Marker
                kind={k % 4}
                x={12}
                y={5}
                color={STROKES[k % STROKES.length] ?? "currentColor"}
              />
            </svg>{" "}
            {s.label}
          </li>
        ))}
      </ul>
      <FigureTable
        caption={title}
        label={title}
        nameHeader={yearLabel}
        columns={series.map((s) => ({ header: s.label, figure: true }))}
        primary={Math.max(
          0,
          series.findIndex((s) => s.id === highlight)
        )}
        rows={years.map((year, i) => ({
          key: String(year),
          name: year,
          cells: series.map((s) => {
            const v = s.values[i];
            return v === undefined ? "–" : format(v);
          }),
        }))}
      />
    </figure>
  );
}

function Marker({ kind, x, y, color }: { kind: number; x: number; y: number; color: string }) {
  switch (kind) {
    case 0:
      return <circle cx={x} cy={y} r={3} fill={color} />;
    case 1:
      return <rect x={x - 3} y={y - 3} width={6} height={6} fill={color} />;
    case 2:
      return <polygon points={`${x},${y - 4} ${x + 4},${y + 3} ${x - 4},${y + 3}`} fill={color} />;
    default:
      return (
        <polygon
          points={`${x},${y - 4} ${x + 4},${y} ${x},${y + 4} ${x - 4},${y}`}
          fill="none"
          stroke={color}
          strokeWidth={1.5}
        />
      );
  }
}
