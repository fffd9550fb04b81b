import fc from "fast-check";
import { Dec } from "../../../src/engine/decimal";
import {
  auditProjection,
  project,
  safeProject,
  type PrintedProjection,
  type Projection,
  type ProjectionRowKey,
} from "../../../src/engine/projection";
import {
  ratAdd,
  ratDiv,
  ratFromDec,
  ratPercent,
  ratRoundHalfAway,
  ratSub,
  ratAbs,
  ratCmp,
  ratToDec,
  ratZero,
  rat,
} from "../../../src/engine/rational";
import { exactRow, paramsArb } from "./helpers";

const COMPONENTS = ["aandeelPwInMeerkosten", "kostenParticipatie", "effectHogereTw"] as const;
const values = (p: Projection, key: ProjectionRowKey) => p.rows.find((r) => r.key === key)!.values;

test("the printed components add up to the total, which is the exact sum rounded once, half away from zero", () => {
  fc.assert(
    fc.property(paramsArb(), (params) => {
      const p = project(params);
      const unit = rat(10n ** BigInt(p.decimals));
      p.years.forEach((_, i) => {
        const total = values(p, "totaalLumpsum")[i]!;
        expect(COMPONENTS.reduce((s, k) => s.plus(values(p, k)[i]!), new Dec(0)).eq(total)).toBe(
          true
        );
        const exact = COMPONENTS.reduce((s, k) => ratAdd(s, exactRow(p, k)[i]!), ratZero());
        expect(ratFromDec(total)).toEqual(
          ratDiv(rat(ratRoundHalfAway({ n: exact.n * unit.n, d: exact.d })), unit)
        );
        for (const k of COMPONENTS)
          expect(
            ratCmp(
              ratAbs(ratSub(ratFromDec(values(p, k)[i]!), exactRow(p, k)[i]!)),
              ratDiv(rat(1n), unit)
            )
          ).toBeLessThan(0);
      });
    })
  );
});

test("percentages stay exact: the lump sum over the P-budget, the PW share in [0, 1], the index 100 in the base year", () => {
  fc.assert(
    fc.property(paramsArb(), (params) => {
      const p = project(params);
      const b = p.years.indexOf(p.baseYear);
      expect(exactRow(p, "indexBase")[b]).toEqual(rat(100n));
      p.years.forEach((_, i) => {
        expect(exactRow(p, "lumpsumPctPBudget")[i]).toEqual(
          ratDiv(ratFromDec(values(p, "totaalLumpsum")[i]!), exactRow(p, "pBudget")[i]!)
        );
        const share = exactRow(p, "aandeelPw")[i]!;
        expect(ratCmp(share, ratZero()) >= 0 && ratCmp(share, rat(1n)) <= 0).toBe(true);
      });
    })
  );
});

test("an overridden component is printed as given, recorded, and the total still adds up", () => {
  fc.assert(
    fc.property(
      paramsArb(fc.constant(0)),
      fc.constantFrom(...COMPONENTS),
      fc.nat(),
      fc.bigInt({ min: -(10n ** 8n), max: 10n ** 8n }),
      (params, row, y, v) => {
        const year = params.years[y % params.years.length]!;
        const value = new Dec((row === "kostenParticipatie" && v < 0n ? -v : v).toString());
        const r = safeProject({ ...params, overrides: [{ row, year, value }] });
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const i = params.years.indexOf(year);
        expect(values(r.value, row)[i]!.eq(value)).toBe(true);
        expect(r.value.overrides.map((o) => [o.row, o.year, o.value.toString()])).toEqual([
          [row, year, value.toString()],
        ]);
        const sum = COMPONENTS.reduce((s, k) => s.plus(values(r.value, k)[i]!), new Dec(0));
        expect(sum.eq(values(r.value, "totaalLumpsum")[i]!)).toBe(true);
      }
    )
  );
});

/** The table as a careful clerk would print ours: every cell rounded on its own to its places. */
function printHonestly(p: Projection): PrintedProjection {
  const round = (key: ProjectionRowKey, places: number) =>
    exactRow(p, key).map((x) => ratToDec(x, places).toString());
  const percent = (key: ProjectionRowKey) =>
    exactRow(p, key).map((x) => ratPercent(x, 0).toString());
  return {
    years: p.years,
    wsw: round("wsw", 1),
    pw: round("pw", 1),
    total_volume: round("totalVolume", 1),
    index_printed: round("indexBase", 1),
    aandeel_pw_printed_pct: percent("aandeelPw"),
    meerkosten: round("meerkosten", 0),
    aandeel_pw_in_meerkosten: round("aandeelPwInMeerkosten", 0),
    kosten_participatie: round("kostenParticipatie", 0),
    effect_hogere_tw: round("effectHogereTw", 0),
    totaal_lumpsum: round("totaalLumpsum", 0),
    p_budget: round("pBudget", 0),
    lumpsum_pct_of_p_budget_printed: percent("lumpsumPctPBudget"),
  };
}

const withFirstBase = paramsArb(fc.constant(0)).map((p) => ({ ...p, baseYear: p.years[0]! }));

test("the audit never flags a table that rounding alone explains: only sums within rounding, as info", () => {
  fc.assert(
    fc.property(withFirstBase, (params) => {
      const found = auditProjection(printHonestly(project(params)));
      expect(found.filter((i) => i.code !== "PROJECTION_SUM_WITHIN_ROUNDING")).toEqual([]);
      expect(found.every((i) => i.severity === "info")).toBe(true);
    })
  );
});

test("the audit finds a PW share of extra costs that no rounding of its inputs can give", () => {
  fc.assert(
    fc.property(withFirstBase, fc.nat(), (params, y) => {
      const p = project(params);
      const table = printHonestly(p);
      const i = y % p.years.length;
      const shifted = table.aandeel_pw_in_meerkosten.map((v, k) =>
        k === i ? new Dec(v).plus(table.meerkosten[k]!).plus(10).toString() : v
      );
      const found = auditProjection({ ...table, aandeel_pw_in_meerkosten: shifted });
      expect(
        found
          .filter((f) => f.code === "PROJECTION_NOT_FROM_INPUTS")
          .map((f) => [f.where?.row, f.where?.column])
      ).toEqual([["aandeelPwInMeerkosten", String(p.years[i])]]);
    })
  );
});
