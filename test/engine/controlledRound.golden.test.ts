import { codePointCompare } from "../../src/engine/codePointCompare";
import { controlledRound } from "../../src/engine/controlledRound";
import {
  rat,
  ratAdd,
  ratCmp,
  ratMul,
  ratRoundHalfAway,
  ratZero,
  type Rational,
} from "../../src/engine/rational";
import { ref, YEARS } from "../golden/reference";

// The first agreement period, 1 July 2021 – 31 December 2022: 6/12 of 2021 and all of 2022.
const fractions = { "2021": rat(6n, 12n), "2022": rat(1n) };
const budgets = ref.participatiebudget_nieuwe_doelgroepen.rows;
const names = budgets.map((r) => r.gemeente);
const cells = budgets.map((row) =>
  YEARS.map((year) => {
    const sumP = budgets.reduce((s, r) => s + BigInt(r[year]), 0n);
    const lumpsum = BigInt(ref.lumpsum_per_year.printed_total[year]);
    return ratMul(rat(lumpsum * BigInt(row[year]), sumP), fractions[year]);
  })
);
const exactRows = cells.map((row) => row.reduce(ratAdd, ratZero()));
const grandTarget = ratRoundHalfAway(exactRows.reduce(ratAdd, ratZero()));
const result = controlledRound({
  cells,
  grandTarget,
  rowTieBreak: (a, b) =>
    -ratCmp(exactRows[a] as Rational, exactRows[b] as Rational) ||
    codePointCompare(names[a]!, names[b]!),
});

test("the period total is the printed 3,606,813", () => {
  expect(grandTarget).toBe(BigInt(ref.lumpsum_first_period.printed_total));
  expect(result.total).toBe(grandTarget);
});

test.each(ref.lumpsum_first_period.rows.map((r) => [r.gemeente, r.amount] as const))(
  "%s is within €1 of the published period amount",
  (name, amount) => {
    const diff = result.rowTotals[names.indexOf(name)]! - BigInt(amount);
    expect(diff >= -1n && diff <= 1n).toBe(true);
  }
);

test("Uden pays 140,989 for H2 2021 and 311,574 for 2022, 452,563 in all (seed 001)", () => {
  const uden = names.indexOf("Uden");
  expect(result.cells[uden]).toEqual([140989n, 311574n]);
  expect(result.rowTotals[uden]).toBe(452563n);
});

test("the 2022 column adds up to the printed 2,483,650, which the published column misses by €1", () => {
  expect(result.colTotals[1]).toBe(BigInt(ref.lumpsum_per_year.printed_total["2022"]));
});
