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
// The 1904 date system (workbookPr date1904; Excel for Mac's old default): serial 0 is
// 1 January 1904, with no phantom day, so the same serial is 1,462 days later than in 1900.
const EPOCH_1904 = Date.UTC(1904, 0, 1);
const MAX_SERIAL = { 1900: 2958465, 1904: 2957003 }; // 9999-12-31

/** A date format code has a day or year part once quoted text and [..] sections are removed. */
export const isDateFormat = (fmt: string | undefined): boolean =>
  fmt !== undefined && /[dy]/i.test(fmt.replace(/"[^"]*"|\[[^\]]*\]|\\./g, ""));

/** Excel's date serial → ISO date, exactly; whole days only. `date1904`: the workbook's date system. */
export function serialToIso(serial: string, date1904 = false): string | undefined {
  if (!/^\d+$/.test(serial)) return undefined;
  const n = Number(serial);
  if (date1904) return n > MAX_SERIAL[1904] ? undefined : isoOf(EPOCH_1904 + n * DAY_MS);
  if (n < 1 || n === 60 || n > MAX_SERIAL[1900]) return undefined;
  return isoOf((n > 60 ? EPOCH_FROM_61 : EPOCH_BELOW_60) + n * DAY_MS);
}

const isoOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** ISO date → Excel's date serial in the workbook's date system: the inverse of serialToIso. */
export function isoToSerial(iso: string, date1904 = false): string | undefined {
  const date = parseIsoDate(iso);
  // Date.UTC reads years 0–99 as 1900–1999; Excel has no dates before 1900 anyway.
  if (!date || date.y < 1900) return undefined;
  const ms = Date.UTC(date.y, date.m - 1, date.d);
  if (date1904) {
    const n = (ms - EPOCH_1904) / DAY_MS;
    return n >= 0 && n <= MAX_SERIAL[1904] ? String(n) : undefined;
  }
  const n = (ms - EPOCH_FROM_61) / DAY_MS;
  const serial = n > 60 ? n : n - 1;
  return serial >= 1 && serial <= MAX_SERIAL[1900] ? String(serial) : undefined;
}

/** A date cell or ISO text; `date1904` as the workbook's date system says (RangeData.date1904). */
export function readDateCell(cell: Cell, date1904 = false): DateCell {
  switch (cell.t) {
    case "blank":
      return { kind: "blank" };
    case "n": {
      if (!isDateFormat(cell.fmt))
        return { kind: "refused", code: "DATE_NOT_FORMATTED", value: cell.v };
      const iso = serialToIso(cell.v, date1904);
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
