import { Dec } from "../engine/decimal";
import { parseIsoDate } from "../engine/isoDate";
import { decimalTextInBounds, shownValue } from "../engine/numberBounds";
import { CANONICAL_DECIMAL } from "../engine/toDecimal";
import type { Cell } from "./cell";
import { parseAmountText, type AmountRejection } from "./parseAmountText";
import { isDateFormat, serialToIso } from "./readDateCell";

/** A cell read as an amount: a number, a number that was stored as text, blank, or refused. */
export type AmountCell =
  | { readonly kind: "blank" }
  | {
      readonly kind: "ok";
      readonly value: Dec;
      /** the text it was read from, when stored as text */ readonly text?: string;
    }
  | {
      readonly kind: "refused";
      readonly code: AmountRejection | "AMOUNT_IS_DATE";
      readonly params: Readonly<Record<string, string>>;
    };

/**
 * A budget or total cell read as an amount. A date is never one, whether Excel stores it as a
 * number with a date format (a serial such as 44378) or it is typed as ISO text: it is refused
 * and shown as the date it is (`date1904`: the workbook's date system, RangeData.date1904).
 */
export function readAmountCell(cell: Cell, date1904 = false): AmountCell {
  switch (cell.t) {
    case "blank":
      return { kind: "blank" };
    case "n":
      if (isDateFormat(cell.fmt))
        return refused("AMOUNT_IS_DATE", serialToIso(cell.v, date1904) ?? cell.v);
      if (!CANONICAL_DECIMAL.test(cell.v)) return refused("AMOUNT_NOT_NUMBER", cell.v);
      // Decided on the text: 1E+900000000 is refused before a Decimal (or a rational) is built.
      return decimalTextInBounds(cell.v)
        ? { kind: "ok", value: new Dec(cell.v) }
        : refused("NUMBER_OUT_OF_RANGE", cell.v);
    case "b":
      return refused("AMOUNT_NOT_NUMBER", cell.v ? "TRUE" : "FALSE");
    case "e":
      return refused("CELL_ERROR", cell.v);
    case "s": {
      if (parseIsoDate(cell.v)) return refused("AMOUNT_IS_DATE", cell.v.trim());
      const r = parseAmountText(cell.v);
      if (r.ok) return { kind: "ok", value: r.value, text: cell.v };
      if (r.code === "AMOUNT_BLANK") return { kind: "blank" };
      const params: Record<string, string> = { value: shownValue(cell.v.trim()) };
      if (r.readings)
        Object.assign(params, { nl: r.readings.nl.toString(), en: r.readings.en.toString() });
      return { kind: "refused", code: r.code, params };
    }
  }
}

const refused = (code: AmountRejection | "AMOUNT_IS_DATE", value: string): AmountCell => ({
  kind: "refused",
  code,
  params: { value: shownValue(value) },
});
