import type { Cell } from "./cell";

/** Years the layout accepts: four digits, so "20221" or "Jaar 2022" is caught, not misread. */
const YEAR = /^(19|2\d)\d\d$/;

/** A year as a header or a Jaar cell holds it (number 2022 or text "2022"), else undefined. */
export function readYearCell(cell: Cell): number | undefined {
  const text = cell.t === "n" || cell.t === "s" ? cell.v.trim() : "";
  return YEAR.test(text) ? Number(text) : undefined;
}

/** What a cell shows, for messages: its text, number, error value or TRUE/FALSE. */
export const cellText = (cell: Cell): string =>
  cell.t === "blank" ? "" : cell.t === "b" ? (cell.v ? "TRUE" : "FALSE") : cell.v.trim();
