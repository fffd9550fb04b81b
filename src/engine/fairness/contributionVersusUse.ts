import { Dec } from "../decimal";
import { hasErrors, issue, type Issue, type Where } from "../issue";
import { normalizeName } from "../normalizeName";
import { ratDiv, ratFromDec, type Rational } from "../rational";
import { fail, ok, type Result } from "../result";
import { toDecimal, type DecimalInput } from "../toDecimal";
import { DEFAULT_TARIFFS } from "./defaultTariffs";
import {
  PLACEMENT_CATEGORIES,
  parsePlacementCategory,
  type PlacementCategory,
} from "./placementCategory";

export interface Placement {
  readonly municipality: string;
  readonly category: string;
  /** FTE-years (or person-years) in the same year or period as the contribution; may be fractional. */
  readonly count: DecimalInput;
  /** Where the row sits in the workbook, for findings; defaults to its position in the list. */
  readonly where?: Where;
}

export interface Contribution {
  readonly municipality: string;
  /** The municipality's lump sum for the same year or period. */
  readonly amount: DecimalInput;
  readonly where?: Where;
}

export interface FairnessInput {
  /** Several rows for one municipality and category add up (one row per person, say). */
  readonly placements: ReadonlyArray<Placement>;
  readonly contributions: ReadonlyArray<Contribution>;
  /** Euros per FTE per year; a category left out keeps its published default. */
  readonly tariffs?: Readonly<Partial<Record<PlacementCategory, DecimalInput>>>;
}

export interface FairnessFigures {
  readonly counts: Readonly<Record<PlacementCategory, Dec>>;
  /** count × tariff per category. */
  readonly costs: Readonly<Record<PlacementCategory, Dec>>;
  /** What the placements would have cost under the old per-person fees: Σ costs. */
  readonly useEquivalent: Dec;
  readonly contribution: Dec;
  /** contribution − useEquivalent: positive when the municipality pays more than it uses. */
  readonly difference: Dec;
  /** contribution ÷ useEquivalent, exactly; null when there is no use to compare with. */
  readonly ratio: Rational | null;
}

export interface FairnessRow extends FairnessFigures {
  readonly municipality: string;
}

export interface FairnessTable {
  readonly tariffs: Readonly<Record<PlacementCategory, Dec>>;
  /** In the order of the contributions. */
  readonly rows: ReadonlyArray<FairnessRow>;
  /** Each figure summed over the rows (the ratio from the summed figures). */
  readonly total: FairnessFigures;
}

const perCategory = (f: (c: PlacementCategory) => Dec): Record<PlacementCategory, Dec> =>
  Object.fromEntries(PLACEMENT_CATEGORIES.map((c) => [c, f(c)])) as Record<PlacementCategory, Dec>;

/**
 * Contribution versus use (seed 001, note 4.1): every municipality pays the same percentage
 * of its P-budget, whatever it uses, so its cost may be higher or lower than its actual use.
 * This sets each lump-sum contribution beside what its placements would have cost under the
 * old per-person fees. Nothing is rounded: counts, tariffs and contributions are decimals, so
 * their products and sums are exact in the engine's 40 significant digits; rounding for
 * display is the caller's, once.
 */
export function contributionVersusUse(input: FairnessInput): Result<FairnessTable> {
  const issues: Issue[] = [];
  const tariffs = perCategory((category) => {
    const given = input.tariffs?.[category];
    if (given === undefined) return DEFAULT_TARIFFS[category];
    const t = toDecimal(given);
    if (t.kind === "ok" && !t.value.isNegative()) return t.value;
    issues.push(
      issue(
        "TARIFF_INVALID",
        "error",
        { row: category },
        {
          category,
          value: t.kind === "ok" ? t.value.toString() : t.kind === "missing" ? "" : t.text,
        }
      )
    );
    return new Dec(0);
  });

  const contributions = new Map<string, Dec>();
  input.contributions.forEach((c, i) => {
    const name = normalizeName(c.municipality ?? "");
    const where = c.where ?? { row: name || `#${i + 1}` };
    const amount = toDecimal(c.amount);
    if (!name) issues.push(issue("NAME_MISSING", "error", where));
    else if (contributions.has(name))
      issues.push(issue("NAME_DUPLICATE", "error", where, { name }));
    else if (amount.kind === "missing")
      issues.push(issue("CONTRIBUTION_BLANK", "error", where, { name }));
    else if (amount.kind === "invalid")
      issues.push(issue("CONTRIBUTION_NOT_NUMBER", "error", where, { name, value: amount.text }));
    else if (amount.kind === "out-of-range")
      issues.push(issue("NUMBER_OUT_OF_RANGE", "error", where, { value: amount.text }));
    if (name && !contributions.has(name))
      contributions.set(name, amount.kind === "ok" ? amount.value : new Dec(0));
  });

  const counts = new Map<string, Record<PlacementCategory, Dec>>();
  const uncovered = new Set<string>();
  input.placements.forEach((p, i) => {
    const name = normalizeName(p.municipality ?? "");
    const where = p.where ?? { row: i + 1 };
    const category = parsePlacementCategory(p.category ?? "");
    const count = toDecimal(p.count);
    const params = { name, category: p.category ?? "" };
    if (!name) issues.push(issue("NAME_MISSING", "error", where));
    if (!category)
      issues.push(
        issue("PLACEMENT_CATEGORY_UNKNOWN", "error", where, {
          name,
          value: p.category ?? "",
          known: PLACEMENT_CATEGORIES.join(", "),
        })
      );
    if (count.kind === "missing")
      issues.push(issue("PLACEMENT_COUNT_MISSING", "error", where, params));
    else if (count.kind === "invalid")
      issues.push(
        issue("PLACEMENT_COUNT_NOT_NUMBER", "error", where, { ...params, value: count.text })
      );
    else if (count.kind === "out-of-range")
      issues.push(issue("NUMBER_OUT_OF_RANGE", "error", where, { value: count.text }));
    else if (count.value.isNegative() && !count.value.isZero())
      issues.push(
        issue("PLACEMENT_COUNT_NEGATIVE", "error", where, {
          ...params,
          value: count.value.toString(),
        })
      );
    else if (name && category) {
      const row = counts.get(name) ?? perCategory(() => new Dec(0));
      row[category] = row[category].plus(count.value);
      counts.set(name, row);
    }
    if (name && !contributions.has(name) && !uncovered.has(name)) {
      uncovered.add(name);
      issues.push(issue("CONTRIBUTION_MISSING", "error", where, { name }));
    }
  });
  if (hasErrors(issues)) return fail(issues);

  const rows = [...contributions].map(([municipality, contribution]) => ({
    municipality,
    ...figures(counts.get(municipality) ?? perCategory(() => new Dec(0)), contribution, tariffs),
  }));
  const sum = (f: (r: FairnessRow) => Dec): Dec => rows.reduce((s, r) => s.plus(f(r)), new Dec(0));
  const total = figures(
    perCategory((c) => sum((r) => r.counts[c])),
    sum((r) => r.contribution),
    tariffs
  );
  return ok({ tariffs, rows, total }, issues);
}

function figures(
  counts: Record<PlacementCategory, Dec>,
  contribution: Dec,
  tariffs: Record<PlacementCategory, Dec>
): FairnessFigures {
  const costs = perCategory((c) => counts[c].times(tariffs[c]));
  const useEquivalent = PLACEMENT_CATEGORIES.reduce((s, c) => s.plus(costs[c]), new Dec(0));
  return {
    counts,
    costs,
    useEquivalent,
    contribution,
    difference: contribution.minus(useEquivalent),
    ratio: useEquivalent.isZero()
      ? null
      : ratDiv(ratFromDec(contribution), ratFromDec(useEquivalent)),
  };
}
