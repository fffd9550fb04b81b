import { rat, ratAdd, ratCmp, ratDiv, ratMul, ratSign, type Rational } from "../rational";
import { around, cornerRange, follows, type Interval } from "./interval";
import type { PrintedFigure, PrintedRowKey, PrintedTable } from "./printedProjection";

const HUNDRED = rat(100n);
const ZERO = rat(0n);

/**
 * A printed row that is a formula of other printed rows in the same year. Each formula is
 * monotone in each argument for any fixed values of the others (on the domain `defined`
 * admits), which is what makes cornerRange exact:
 * - PW / (Wsw + PW) rises with PW and falls with Wsw when both are ≥ 0 and the sum is > 0;
 * - meerkosten × that share is linear in meerkosten and, for any fixed meerkosten, monotone
 *   in each volume;
 * - total / P-budget is linear in the total and monotone in a positive P-budget.
 */
export interface DerivedRow {
  readonly row: PrintedRowKey;
  readonly inputs: ReadonlyArray<PrintedRowKey>;
  readonly f: (...xs: Rational[]) => Rational;
  readonly defined: (box: ReadonlyArray<Interval>) => boolean;
}

const share = (w: Rational, p: Rational) => ratDiv(p, ratAdd(w, p));
const positiveSum = (box: ReadonlyArray<Interval>) => ratSign(ratAdd(box[0]!.lo, box[1]!.lo)) > 0;

export const DERIVED_ROWS: ReadonlyArray<DerivedRow> = [
  {
    row: "aandeelPw",
    inputs: ["wsw", "pw"],
    f: (w, p) => ratMul(share(w!, p!), HUNDRED),
    defined: positiveSum,
  },
  {
    row: "aandeelPwInMeerkosten",
    inputs: ["meerkosten", "wsw", "pw"],
    f: (m, w, p) => ratMul(m!, share(w!, p!)),
    defined: (box) => positiveSum(box.slice(1)),
  },
  {
    row: "lumpsumPctPBudget",
    inputs: ["totaalLumpsum", "pBudget"],
    f: (t, b) => ratMul(ratDiv(t!, b!), HUNDRED),
    defined: (box) => ratSign(box[1]!.lo) > 0,
  },
];

const VOLUMES: ReadonlyArray<PrintedRowKey> = ["wsw", "pw", "totalVolume"];

/** The values a printed input may stand for; a volume is never below zero. */
export function inputBox(row: PrintedRowKey, f: PrintedFigure): Interval {
  const iv = around(f.value, f.half);
  return VOLUMES.includes(row) && ratCmp(iv.lo, ZERO) < 0 ? { lo: ZERO, hi: iv.hi } : iv;
}

export interface Recomputed {
  /** The formula on the printed inputs as printed. */
  readonly value: Rational;
  /** Everything the formula attains over the rounding intervals of its inputs. */
  readonly range: Interval;
  /** Whether the printed figure (± half its own last place) meets that range. */
  readonly follows: boolean;
}

/** The derived row recomputed for year i, or undefined where its formula is undefined. */
export function recompute(table: PrintedTable, d: DerivedRow, i: number): Recomputed | undefined {
  const figures = d.inputs.map((r) => table.rows[r][i] as PrintedFigure);
  const box = figures.map((f, k) => inputBox(d.inputs[k] as PrintedRowKey, f));
  if (!d.defined(box)) return undefined;
  const printed = table.rows[d.row][i] as PrintedFigure;
  const range = cornerRange(d.f, box);
  return {
    value: d.f(...figures.map((f) => f.value)),
    range,
    follows: follows(printed.value, printed.half, range),
  };
}
