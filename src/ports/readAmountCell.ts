import { Dec } from "../engine/decimal";
import { decimalTextInBounds, shownValue } from "../engine/numberBounds";
import { CANONICAL_DECIMAL } from "../engine/toDecimal";
import type { Cell } from "./cell";
import { parseAmountText, type AmountRejection } from "./parseAmountText";

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
      readonly code: AmountRejection;
      readonly params: Readonly<Record<string, string>>;
    };

export function readAmountCell(cell: Cell): AmountCell {
  switch (cell.t) {
    case "blank":
      return { kind: "blank" };
    case "n":
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

const refused = (code: AmountRejection, value: string): AmountCell => ({
  kind: "refused",
  code,
  params: { value: shownValue(value) },
});
