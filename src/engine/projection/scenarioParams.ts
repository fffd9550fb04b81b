import { Dec } from "../decimal";
import { EngineError } from "../engineError";
import { hasErrors } from "../issue";
import type { Message } from "../messages";
import { rat, ratAdd, ratMul, ratToDec } from "../rational";
import type { ProjectionParams, ScenarioId, VolumeSeries } from "./projectionParams";
import { publishedParams } from "./publishedParams";
import { validateProjectionParams } from "./validateProjectionParams";
import { volumeSeries } from "./volumeSeries";

export const ASSUMPTION_LABEL: Message = {
  nl: "aanname, niet gepubliceerd",
  en: "assumption, not published",
};

/**
 * Scenario 0: "Deze tendens betekent een afbouw van de doelgroep t/m 2025 van 35% in aantal"
 * (seed 002). Over the four steps 2021→2025 that is a yearly factor of 0.65^(1/4) = 0.89790…,
 * irrational, so the rate is rounded to four places: (1 − 0.1021)^4 = 0.64999…, a 35.00% fall.
 */
export const SCENARIO_0_PW_RATE = new Dec("-0.1021");

/**
 * The scenario I volumes are midpoints of two exact series. Kept to 20 places: that is exact
 * for the bundled five years (at most 18 places) and far below any printed digit beyond them.
 */
const MIDPOINT_PLACES = 20;

const note = (nl: string, en: string): Message => ({ nl, en });
const SAME_COSTS = note(
  "Wsw, meerkosten, kosten participatie en P-budget als in scenario II: de stukken noemen voor dit scenario geen andere bedragen.",
  "Wsw, extra costs, participation costs and P-budget as in scenario II: the documents give no other figures for this scenario."
);

/**
 * The parameters of a scenario, derived from `base` (the scenario II case, by default the
 * published one). Only II is published; 0, I and III are assumptions drawn from the words of
 * the seeds, labelled as such in their notes and status. Overrides of the base (corrections
 * of printed figures) are kept.
 */
export function scenarioParams(
  id: ScenarioId,
  base: ProjectionParams = publishedParams()
): ProjectionParams {
  if (hasErrors(validateProjectionParams(base)))
    throw new EngineError("SCENARIO_BASE", "scenarioParams needs valid base parameters");
  if (id === "II") return { ...base, scenario: "II" };
  const derived = (notes: Message[], changes: Partial<ProjectionParams>): ProjectionParams => ({
    ...base,
    ...changes,
    scenario: id,
    status: "assumption",
    notes: [
      ...notes,
      base.status === "published"
        ? note(
            "Afgeleid van de gepubliceerde cijfers van scenario II.",
            "Derived from the published scenario II figures."
          )
        : note(
            "Afgeleid van de opgegeven parameters als scenario II.",
            "Derived from the given parameters as scenario II."
          ),
    ],
  });
  const n = base.years.length;
  const pwII = volumeSeries(base.pw, n);
  const pw0: VolumeSeries = {
    kind: "rate",
    start: ratToDec(pwII[0]!, MIDPOINT_PLACES),
    rate: SCENARIO_0_PW_RATE,
  };
  switch (id) {
    // "Scenario 0 - Huidig partnership (aanbod gestuurd)": supply-driven only, so no
    // demand-driven inflow and no higher added value; the target group shrinks 35% by 2025.
    case "0":
      return derived(
        [
          note(
            "Huidig partnership, alleen aanbodgestuurd: de PW-doelgroep krimpt t/m 2025 met 35% (raadsvoorstel): PW daalt met 10,21% per jaar, (1 − 0,1021)^4 = 0,65.",
            "Current partnership, supply-driven only: the PW target group shrinks by 35% through 2025 (council proposal): PW falls 10.21% a year, (1 − 0.1021)^4 = 0.65."
          ),
          note(
            "Geen vraaggestuurde instroom: aandeel vraaggestuurd 0%, dus geen effect hogere TW.",
            "No demand-driven inflow: demand-driven share 0%, so no effect of higher added value."
          ),
          note(
            "Scenario 0 wordt per traject gefinancierd, niet met een lumpsum: de rij toont wat een lumpsum zou zijn.",
            "Scenario 0 is financed per trajectory, not by a lump sum: the row shows what a lump sum would be."
          ),
          SAME_COSTS,
        ],
        { pw: pw0, demandDrivenShare: new Dec(0) }
      );
    // "Scenario I bouwt door op scenario 0 waarbij er zowel aanbod- als vraag gestuurd
    // kandidaten naar IBN gaan"; the inflow rises the more municipalities and IBN network,
    // "vooral een verschil in verwachte instroom tussen scenario I en II/III" (seed 003), and
    // II adds pre-trajectories that bring "een extra doelgroep". So I lies between 0 and II,
    // with no figure given: the midpoint is the assumption that favours neither side.
    case "I": {
      const zero = volumeSeries(pw0, n);
      const half = rat(1n, 2n);
      return derived(
        [
          note(
            "Aanbod- en vraaggestuurd (loonwaarde 30–100%), zonder voortrajecten en expertise: de instroom ligt volgens de stukken tussen scenario 0 en II, zonder getal; PW = per jaar het midden van scenario 0 en II.",
            "Supply- and demand-driven (wage value 30–100%), without pre-trajectories and expertise: the documents put the inflow between scenarios 0 and II, without a figure; PW = each year the midpoint of scenarios 0 and II."
          ),
          note(
            "Vraaggestuurd aandeel 50% en 10% hogere TW als in scenario II.",
            "Demand-driven share 50% and 10% higher added value as in scenario II."
          ),
          note(
            "Zonder voortrajecten en expertise zouden de kosten participatie lager zijn, maar die kosten zijn niet apart gepubliceerd.",
            "Without pre-trajectories and expertise the participation costs would be lower, but those costs are not published separately."
          ),
          SAME_COSTS,
        ],
        {
          pw: {
            kind: "values",
            values: pwII.map((v, i) =>
              ratToDec(ratMul(ratAdd(v, zero[i]!), half), MIDPOINT_PLACES)
            ),
          },
        }
      );
    }
    // "De dienstverlening in scenario III is gelijk aan scenario II" and the proposal prints one
    // lump sum "indien gekozen wordt voor scenario II of III" (seed 002): the same figures; a
    // higher inflow from the integrated team is hoped for but not quantified.
    case "III":
      return derived(
        [
          note(
            "Geïntegreerd team, dienstverlening gelijk aan II; het raadsvoorstel noemt één lumpsum voor scenario II of III: dezelfde cijfers als II. Een hogere instroom door het geïntegreerde team is niet gekwantificeerd.",
            "Integrated team, services equal to II; the council proposal gives one lump sum for scenario II or III: the same figures as II. A higher inflow from the integrated team is not quantified."
          ),
        ],
        {}
      );
  }
}
