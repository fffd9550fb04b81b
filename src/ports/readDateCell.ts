import { parseIsoDate, formatIsoDate } from "../engine/isoDate";
import type { Cell } from "./cell";

export type DateCell =
  | { readonly kind: "blank" }
  | {
      readonly kind: "ok";
      readonly iso: string;
      /** set when the date was typed as text */ readonly text?: string;
    }
  | {
      readonly kind: "refused";
      readonly code: "DATE_INVALID" | "DATE_NOT_FORMATTED" | "CELL_ERROR";
      readonly value: string;
    };

const DAY_MS = 86_400_000;
// Serial 61 is 1 March 1900; Excel counts a 29 February 1900 that never was (serial 60), so
// serials from 61 count from 30 December 1899 and those below from 31 December 1899.
const EPOCH_FROM_61 = Date.UTC(1899, 11, 30);
const EPOCH_BELOW_60 = Date.UTC(1899, 11, 31);
const MAX_SERIAL = 2958465; // 9999-12-31

/** A date format code has a day or year part once quoted text and [..] sections are removed. */
export const isDateFormat = (fmt: string | undefined): boolean =>
  fmt !== undefined && /[dy]/i.test(fmt.replace(/"[^"]*"|\[[^\]]*\]|\\./g, ""));

/** Excel's date serial (1900 date system) → ISO date, exactly; whole days only. */
export function serialToIso(serial: string): string | undefined {
  if (!/^\d+$/.test(serial)) return undefined;
  const n = Number(serial);
  if (n < 1 || n === 60 || n > MAX_SERIAL) return undefined;
  return new Date((n > 60 ? EPOCH_FROM_61 : EPOCH_BELOW_60) + n * DAY_MS)
    .toISOString()
    .slice(0, 10);
}

/** ISO date → Excel's date serial (1900 date system): the inverse of serialToIso. */
export function isoToSerial(iso: string): string | undefined {
  const date = parseIsoDate(iso);
  // Date.UTC reads years 0–99 as 1900–1999; Excel has no dates before 1900 anyway.
  if (!date || date.y < 1900) return undefined;
  const n = (Date.UTC(date.y, date.m - 1, date.d) - EPOCH_FROM_61) / DAY_MS;
  const serial = n > 60 ? n : n - 1;
  return serial >= 1 && serial <= MAX_SERIAL ? String(serial) : undefined;
}

export function readDateCell(cell: Cell): DateCell {
  switch (cell.t) {
    case "blank":
      return { kind: "blank" };
    case "n": {
      if (!isDateFormat(cell.fmt))
        return { kind: "refused", code: "DATE_NOT_FORMATTED", value: cell.v };
      const iso = serialToIso(cell.v);
      return iso ? { kind: "ok", iso } : { kind: "refused", code: "DATE_INVALID", value: cell.v };
    }
    case "s": {
      if (cell.v.trim() === "") return { kind: "blank" };
      const date = parseIsoDate(cell.v);
      return date
        ? { kind: "ok", iso: formatIsoDate(date), text: cell.v }
        : { kind: "refused", code: "DATE_INVALID", value: cell.v.trim() };
    }
    case "e":
      return { kind: "refused", code: "CELL_ERROR", value: cell.v };
    case "b":
      return { kind: "refused", code: "DATE_INVALID", value: cell.v ? "TRUE" : "FALSE" };
  }
}
