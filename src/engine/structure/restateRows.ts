import { Dec } from "../decimal";
import { hasErrors, type Issue } from "../issue";
import { normalizeName } from "../normalizeName";
import { fail, ok, type Result } from "../result";
import { listedInYear, type StructureRow } from "./listedInYear";
import type { Merger } from "./merger";
import { mergeGroups } from "./mergeGroups";
import { validateMergers } from "./validateMergers";

export interface RestatedRow {
  readonly name: string;
  /** Per year, the budgets of everything that stands under `name` in `asOf`, added exactly. */
  readonly weights: Readonly<Record<number, Dec>>;
  /** The names as listed that were merged into this row in any year; empty if none. */
  readonly from: ReadonlyArray<string>;
}

/**
 * Every year restated under the names as they stand in `asOf`, so that a period across a
 * merger (1 July 2021 – 31 December 2022) has one row per municipality in every year, as
 * safePeriodTable needs: the 2021 budgets of Boxmeer … Sint Anthonis add up to a 2021 budget
 * for Land van Cuijk. Rows keep the order of the first row each one comes from.
 */
export function restateRows(
  rows: ReadonlyArray<StructureRow>,
  mergers: ReadonlyArray<Merger>,
  years: ReadonlyArray<number>,
  asOf: number
): Result<RestatedRow[]> {
  const issues: Issue[] = validateMergers(mergers);
  if (hasErrors(issues)) return fail(issues);
  const order = new Map(rows.map((r, i) => [normalizeName(r.name ?? ""), i]));
  const restated = new Map<
    string,
    { first: number; weights: Record<number, Dec>; from: Set<string> }
  >();
  for (const year of years) {
    const listed = listedInYear(rows, mergers, year);
    issues.push(...listed.issues);
    // A rejected budget is not a missing municipality: no merger findings on top of it.
    if (hasErrors(listed.issues)) continue;
    const grouped = mergeGroups(listed.rows, mergers, year, asOf);
    issues.push(...grouped.issues);
    for (const g of grouped.groups) {
      const first = Math.min(...g.members.map((r) => order.get(r.name)!));
      const entry = restated.get(g.name) ?? { first, weights: {}, from: new Set<string>() };
      entry.first = Math.min(entry.first, first);
      entry.weights[year] = g.members.reduce((sum, r) => sum.plus(r.weight), new Dec(0));
      if (g.merged) for (const r of g.members) entry.from.add(r.name);
      restated.set(g.name, entry);
    }
  }
  if (hasErrors(issues)) return fail(issues);
  const sorted = [...restated].sort(([, a], [, b]) => a.first - b.first);
  return ok(
    sorted.map(([name, e]) => ({
      name,
      weights: e.weights,
      from: [...e.from].sort((a, b) => order.get(a)! - order.get(b)!),
    })),
    issues
  );
}
