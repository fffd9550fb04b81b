import { oneLine } from "./terminalSafe";

/**
 * A plain-text table for the terminal, line by line: text columns left-aligned, number columns
 * right-aligned, each cell on one line with control characters shown as escapes. Two passes
 * over the rows with plain loops — no recursion, no spreading rows into arguments (which
 * overflowed the stack above some 127,000 rows) — so a million rows print like eleven. `rows`
 * is called once per pass, so a caller can format its rows on the way instead of holding a
 * million of them as text (some 140 MB of `allocate`'s peak at a million rows).
 */
export function* textTableLines(
  headers: ReadonlyArray<string>,
  rows: () => Iterable<ReadonlyArray<string>>,
  align: ReadonlyArray<"l" | "r">
): Generator<string> {
  const widths = headers.map((h) => oneLine(h).length);
  for (const row of rows())
    for (let c = 0; c < widths.length; c++)
      widths[c] = Math.max(widths[c]!, oneLine(row[c] ?? "").length);
  const line = (cells: ReadonlyArray<string>): string =>
    widths
      .map((w, c) =>
        align[c] === "r" ? oneLine(cells[c] ?? "").padStart(w) : oneLine(cells[c] ?? "").padEnd(w)
      )
      .join("  ")
      .trimEnd() + "\n";
  yield line(headers);
  yield widths.map((w) => "-".repeat(w)).join("  ") + "\n";
  for (const row of rows()) yield line(row);
}

/** The whole table as one string, for the small tables of project, audit and demo. */
export const textTable = (
  headers: ReadonlyArray<string>,
  rows: ReadonlyArray<ReadonlyArray<string>>,
  align: ReadonlyArray<"l" | "r">
): string => [...textTableLines(headers, () => rows, align)].join("");
