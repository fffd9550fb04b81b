import { Dec } from "../../src/engine/decimal";
import { prorateAmounts } from "../../src/engine/prorateAmounts";
import { ratToFixed } from "../../src/engine/rational";
import { yearSlices } from "../../src/engine/yearSlices";

const slices = (start: string, end: string, basis: "months" | "days" = "months") => {
  const r = yearSlices({ start, end }, basis);
  if (!r.ok) throw new Error("test period must be valid");
  return r.value;
};
const amounts = (entries: [number, string][]) => new Map(entries.map(([y, a]) => [y, new Dec(a)]));

test("Uden's first period: half of 2021 plus all of 2022", () => {
  const r = prorateAmounts(
    amounts([
      [2021, "281978"],
      [2022, "311574"],
    ]),
    slices("2021-07-01", "2022-12-31")
  );
  expect("exact" in r && ratToFixed(r.exact, 2)).toBe("452563.00");
});

test("by days the fraction is exact, not a decimal approximation", () => {
  const r = prorateAmounts(amounts([[2021, "365"]]), slices("2021-07-15", "2021-12-31", "days"));
  expect("exact" in r && `${r.exact.n}/${r.exact.d}`).toBe("170/1");
});

test("a year the period touches without an amount is missing, never zero", () => {
  expect(prorateAmounts(amounts([[2021, "100"]]), slices("2021-07-01", "2023-06-30"))).toEqual({
    missingYears: [2022, 2023],
  });
});
