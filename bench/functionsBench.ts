import "../test/setup/customFunctions";
import { IBN_EXAMPLE } from "../src/demo/ibnExample";
import { allocateAll, lumpsum } from "../src/functions/functions";
import { figure, type Figure } from "./figure";
import { paired } from "./measure";

const EVALUATIONS = 10_000;
// Excel hands a column range over as rows of numbers, and with @requiresParameterAddresses where they are.
const BUDGETS = IBN_EXAMPLE.budgets.map(([, p2021]) => Number(p2021));
const COLUMN = BUDGETS.map((b) => [b]);
const TOTAL = Number(IBN_EXAMPLE.totals[2021]);
const RANGE = `Sheet1!B2:B${BUDGETS.length + 1}`;
const cellAt = (r: number): CustomFunctions.Invocation => ({
  parameterAddresses: [`Sheet1!B${r + 2}`, RANGE, "Sheet1!F1", ""],
});
const INVOCATIONS = BUDGETS.map((_, r) => cellAt(r));
const ALLOCATE_AT: CustomFunctions.Invocation = { parameterAddresses: [RANGE, "Sheet1!F1", ""] };

// A total no evaluation has seen, so the memo of repeated ranges cannot answer: each
// evaluation then pays for its own allocation, as when every argument range differs.
let fresh = 0;
const unseenTotal = (): number => TOTAL + ++fresh;

/** 10,000 LUMPSUM cells: a column of eleven over one budgets range, recalculated again and again. */
const lumpsums = (total: () => number) => () => {
  for (let k = 0; k < EVALUATIONS; k++) {
    const r = k % BUDGETS.length;
    lumpsum(BUDGETS[r], COLUMN, total(), null, INVOCATIONS[r]!);
  }
};

const allocations = (total: () => number) => () => {
  for (let k = 0; k < EVALUATIONS; k++) allocateAll(COLUMN, total(), null, ALLOCATE_AT);
};

/**
 * Issue 6, figure 2: the worksheet functions through their wrappers (argument reading,
 * errors, the memo), with repeated argument ranges (the memo answers) against ranges that
 * never repeat (every evaluation allocates). The goal is on the first: a sheet of LUMPSUM
 * cells over the same budgets is what recalculation looks like.
 */
export async function functionsBench(): Promise<Figure[]> {
  const same = () => TOTAL;
  const lump = await paired({ run: lumpsums(same) }, { run: lumpsums(unseenTotal) }, 3, 1);
  const alloc = await paired({ run: allocations(same) }, { run: allocations(unseenTotal) }, 3, 1);
  return [
    figure(
      "10,000 × IBN.LUMPSUM (11), repeated ranges (baseline: none repeat)",
      lump.subject,
      "ms",
      lump.baseline,
      { max: 200 }
    ),
    figure("10,000 × IBN.LUMPSUM (11), no range repeats", lump.baseline, "ms", null),
    figure(
      "10,000 × IBN.ALLOCATE (11), repeated ranges (baseline: none repeat)",
      alloc.subject,
      "ms",
      alloc.baseline
    ),
  ];
}
