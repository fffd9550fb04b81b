import type { Figure } from "./figure";

const show = (x: number | null, unit = ""): string =>
  x === null
    ? ""
    : `${x.toLocaleString("en", { maximumFractionDigits: 3 })}${unit ? ` ${unit}` : ""}`;
const verdict = (ok: boolean | null): string => (ok === null ? "" : ok ? "ok" : "MISSED");

/** The figures as a plain-text table for the terminal. */
export function resultTable(figures: ReadonlyArray<Figure>): string {
  const header = ["figure", "value", "baseline", "ratio", "goal", ""];
  const rows = figures.map((f) => [
    f.name,
    show(f.value, f.unit),
    show(f.baseline, f.baseline === null ? "" : f.unit),
    f.ratio === null ? "" : `${show(f.ratio)}×`,
    f.goal ?? "",
    verdict(f.ok),
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => (c === 0 || c === 4 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
      .join("  ")
      .trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}
