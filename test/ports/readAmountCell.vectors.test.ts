import { BLANK, num, text, type Cell } from "../../src/ports/cell";
import { readAmountCell } from "../../src/ports/readAmountCell";

/** What a budget or total cell reads as: the value (and the text it came from), or the refusal. */
const read = (cell: Cell, date1904?: boolean) => {
  const r = readAmountCell(cell, date1904);
  if (r.kind === "blank") return "blank";
  if (r.kind === "ok")
    return r.text === undefined ? r.value.toString() : `${r.value} from "${r.text}"`;
  return `${r.code} ${JSON.stringify(r.params)}`;
};

test.each<[Cell, boolean | undefined, string]>([
  [BLANK, undefined, "blank"],
  [num("1883249"), undefined, "1883249"],
  [num("-0.5"), undefined, "-0.5"],
  [num("44378", "d-m-yyyy"), undefined, 'AMOUNT_IS_DATE {"value":"2021-07-01"}'], // a date serial, 1900 system
  [num("44378", "d-m-yyyy"), true, 'AMOUNT_IS_DATE {"value":"2025-07-02"}'], // the same serial in 1904
  [num("0", "yyyy-mm-dd"), undefined, 'AMOUNT_IS_DATE {"value":"0"}'], // no date in 1900: the serial as it is
  [num("1.2.3"), undefined, 'AMOUNT_NOT_NUMBER {"value":"1.2.3"}'],
  [num("1000000000000000"), undefined, 'NUMBER_OUT_OF_RANGE {"value":"1000000000000000"}'],
  [{ t: "b", v: true }, undefined, 'AMOUNT_NOT_NUMBER {"value":"TRUE"}'],
  [{ t: "b", v: false }, undefined, 'AMOUNT_NOT_NUMBER {"value":"FALSE"}'],
  [{ t: "e", v: "#REF!" }, undefined, 'CELL_ERROR {"value":"#REF!"}'],
  [{ t: "e", v: "#PYTHON!" }, undefined, 'CELL_ERROR {"value":"#PYTHON!"}'], // an error cell, whatever error it names
  [text(" 2021-07-01 "), undefined, 'AMOUNT_IS_DATE {"value":"2021-07-01"}'],
  [text(" 12x "), undefined, 'AMOUNT_NOT_NUMBER {"value":"12x"}'],
  [text(" 1.234 "), undefined, 'AMOUNT_AMBIGUOUS {"value":"1.234","nl":"1234","en":"1.234"}'],
  [text("1.883.249"), undefined, '1883249 from "1.883.249"'],
  [text("  "), undefined, "blank"],
])("%j (1904: %s) reads as %s", (cell, date1904, expected) =>
  expect(read(cell, date1904)).toBe(expected)
);
