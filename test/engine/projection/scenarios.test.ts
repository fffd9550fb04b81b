import { Dec } from "../../../src/engine/decimal";
import { EngineError } from "../../../src/engine/engineError";
import {
  compareScenarios,
  project,
  publishedParams,
  scenarioParams,
  SCENARIO_IDS,
} from "../../../src/engine/projection";
import { SCENARIO_0_PW_RATE } from "../../../src/engine/projection/scenarioParams";
import { rat, ratAdd, ratCmp, ratDiv, ratMul } from "../../../src/engine/rational";
import { exactRow, row, small } from "./helpers";

const published = project(publishedParams());
const of = (id: (typeof SCENARIO_IDS)[number]) => project(scenarioParams(id));

test("scenario II is the published case, and only II says so", () => {
  expect(scenarioParams("II")).toEqual({ ...publishedParams(), scenario: "II" });
  expect(SCENARIO_IDS.map((id) => scenarioParams(id).status)).toEqual([
    "assumption",
    "assumption",
    "published",
    "assumption",
  ]);
  for (const id of ["0", "I", "III"] as const) {
    const notes = scenarioParams(id)
      .notes.map((n) => n.nl)
      .join(" ");
    expect(notes).not.toMatch(/^Gepubliceerd/);
    expect(notes).toMatch(/Afgeleid van de gepubliceerde cijfers van scenario II/);
  }
});

test("scenario 0: the PW target group falls 35% by 2025, with no demand-driven uplift", () => {
  const p = of("0");
  const pw = exactRow(p, "pw");
  const fall = ratDiv(pw[4]!, pw[0]!);
  expect(ratCmp(fall, rat(6499n, 10000n)) > 0 && ratCmp(fall, rat(6501n, 10000n)) < 0).toBe(true);
  expect(SCENARIO_0_PW_RATE.toString()).toBe("-0.1021");
  expect(row(p, "effectHogereTw")).toEqual(["0", "0", "0", "0", "0"]);
  expect(row(p, "wsw")).toEqual(row(published, "wsw"));
});

test("scenario I: PW each year exactly halfway between scenarios 0 and II, with the demand-driven share of II", () => {
  const [zero, one] = [exactRow(of("0"), "pw"), exactRow(of("I"), "pw")];
  exactRow(published, "pw").forEach((ii, i) =>
    expect(one[i]).toEqual(ratMul(ratAdd(ii, zero[i]!), rat(1n, 2n)))
  );
  expect(scenarioParams("I").demandDrivenShare).toEqual(new Dec("0.5"));
});

test('scenario III has the figures of II (one lump sum for "scenario II of III"), labelled as an assumption', () => {
  const p = of("III");
  expect(p.rows.map((r) => r.values.map(String))).toEqual(
    published.rows.map((r) => r.values.map(String))
  );
  expect([p.scenario, p.status]).toEqual(["III", "assumption"]);
});

test("side by side: per year the total and its share of the P-budget; less inflow, lower lump sum from 2022", () => {
  const c = compareScenarios(publishedParams(), SCENARIO_IDS);
  if (!c.ok) throw new Error("comparison failed");
  expect(c.value.years).toEqual([2021, 2022, 2023, 2024, 2025]);
  expect(c.value.scenarios.map((s) => s.scenario)).toEqual(["0", "I", "II", "III"]);
  const totals = c.value.scenarios.map((s) => s.totaalLumpsum.map(String));
  expect(totals[2]).toEqual(row(published, "totaalLumpsum"));
  expect(totals.map((t) => t[0])).toEqual(["2246325", "2246325", "2246325", "2246325"]);
  for (let i = 1; i < 5; i++)
    expect(
      new Dec(totals[0]![i]!).lt(totals[1]![i]!) && new Dec(totals[1]![i]!).lt(totals[2]![i]!)
    ).toBe(true);
  expect(c.value.scenarios[2]!.lumpsumPctPBudget.map(String)).toEqual(
    row(published, "lumpsumPctPBudget")
  );
});

test("presets derive from any valid base; an invalid base comes back as issues, or throws where it is a precondition", () => {
  expect(project(scenarioParams("0", small())).scenario).toBe("0");
  const bad = small({ decimals: 5 });
  const c = compareScenarios(bad, SCENARIO_IDS);
  expect(c.ok ? [] : c.issues.map((i) => i.code)).toEqual(["DECIMALS_INVALID"]);
  expect(() => scenarioParams("I", bad)).toThrow(EngineError);
});
