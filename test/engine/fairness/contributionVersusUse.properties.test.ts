import fc from "fast-check";
import { Dec } from "../../../src/engine/decimal";
import { contributionVersusUse } from "../../../src/engine/fairness/contributionVersusUse";
import { PLACEMENT_CATEGORIES } from "../../../src/engine/fairness/placementCategory";
import {
  ratAdd,
  ratFromDec,
  ratMul,
  ratSub,
  rat,
  type Rational,
} from "../../../src/engine/rational";

const decimalArb = (maxPlaces: number, min: bigint) =>
  fc
    .tuple(fc.bigInt({ min, max: 10n ** 9n }), fc.integer({ min: 0, max: maxPlaces }))
    .map(([n, p]) => new Dec(n.toString()).div(new Dec(10).pow(p)).toString());

const inputArb = fc
  .uniqueArray(fc.stringMatching(/^[A-Za-z]{1,6}$/), { minLength: 1, maxLength: 12 })
  .chain((names) =>
    fc.record({
      contributions: fc.tuple(
        ...names.map((municipality) =>
          decimalArb(2, -(10n ** 9n)).map((amount) => ({ municipality, amount }))
        )
      ),
      placements: fc.array(
        fc.record({
          municipality: fc.constantFrom(...names),
          category: fc.constantFrom(...PLACEMENT_CATEGORIES),
          count: decimalArb(4, 0n),
        }),
        { maxLength: 40 }
      ),
      tariffs: fc.record(
        { ontwikkelpotentieel_laag: decimalArb(2, 0n), beschut_werk: decimalArb(2, 0n) },
        { requiredKeys: [] }
      ),
    })
  );

const r = (x: Dec | string): Rational => ratFromDec(new Dec(x));

test("each use equivalent is Σ count × tariff, exactly; difference and ratio follow from it", () => {
  fc.assert(
    fc.property(inputArb, (input) => {
      const result = contributionVersusUse(input);
      if (!result.ok) throw new Error(JSON.stringify(result.issues));
      const { rows, tariffs } = result.value;
      for (const row of rows) {
        const mine = input.placements.filter((p) => p.municipality === row.municipality);
        const use = mine.reduce(
          (s, p) => ratAdd(s, ratMul(r(p.count), r(tariffs[p.category]))),
          rat(0n)
        );
        expect(r(row.useEquivalent)).toEqual(use);
        expect(r(row.difference)).toEqual(ratSub(r(row.contribution), use));
        if (use.n === 0n) expect(row.ratio).toBeNull();
        else expect(ratMul(row.ratio!, use)).toEqual(r(row.contribution));
      }
    })
  );
});

test("the totals row is the sum of the rows, figure by figure", () => {
  fc.assert(
    fc.property(inputArb, (input) => {
      const result = contributionVersusUse(input);
      if (!result.ok) throw new Error(JSON.stringify(result.issues));
      const { rows, total } = result.value;
      const sum = (f: (x: (typeof rows)[number]) => Dec) =>
        rows.reduce((s, x) => s.plus(f(x)), new Dec(0)).toString();
      expect(total.useEquivalent.toString()).toBe(sum((x) => x.useEquivalent));
      expect(total.contribution.toString()).toBe(sum((x) => x.contribution));
      expect(total.difference.toString()).toBe(sum((x) => x.difference));
      for (const c of PLACEMENT_CATEGORIES) {
        expect(total.counts[c].toString()).toBe(sum((x) => x.counts[c]));
        expect(total.costs[c].toString()).toBe(sum((x) => x.costs[c]));
      }
      expect(rows.map((x) => x.municipality)).toEqual(
        input.contributions.map((c) => c.municipality)
      );
    })
  );
});
