import { Dec } from "../decimal";
import type { Merger } from "./merger";
import { mergeGroups } from "./mergeGroups";

export interface YearValues {
  readonly name: string;
  /** Per year the row is listed in; a year it is not listed in is absent, never zero. */
  readonly values: Readonly<Record<number, Dec>>;
}

export interface RolledUpYears extends YearValues {
  /** The names as listed whose values add up here in some year; empty if none. */
  readonly from: ReadonlyArray<string>;
}

/**
 * Rows of figures per year (P-budgets, rounded lump sums, period slices) restated under the
 * names as they stand in `asOf`: in every year, what stands under one name today adds up
 * exactly, never re-rounded, so the restated rows add up to the same totals. Rows keep the
 * order of the first row each one comes from. Names must be unique and the mergers validated.
 */
export function rollUpYears(
  rows: ReadonlyArray<YearValues>,
  mergers: ReadonlyArray<Merger>,
  asOf: number
): RolledUpYears[] {
  const order = new Map(rows.map((r, i) => [r.name, i]));
  const years = [...new Set(rows.flatMap((r) => Object.keys(r.values).map(Number)))];
  const out = new Map<string, { first: number; values: Record<number, Dec>; from: Set<string> }>();
  for (const year of years.sort((a, b) => a - b)) {
    const listed = rows.filter((r) => r.values[year] !== undefined);
    for (const g of mergeGroups(listed, mergers, year, asOf).groups) {
      const first = Math.min(...g.members.map((r) => order.get(r.name)!));
      const entry = out.get(g.name) ?? { first, values: {}, from: new Set<string>() };
      entry.first = Math.min(entry.first, first);
      entry.values[year] = g.members.reduce((sum, r) => sum.plus(r.values[year]!), new Dec(0));
      if (g.merged) for (const r of g.members) entry.from.add(r.name);
      out.set(g.name, entry);
    }
  }
  return [...out]
    .sort(([, a], [, b]) => a.first - b.first)
    .map(([name, e]) => ({
      name,
      values: e.values,
      from: [...e.from].sort((a, b) => order.get(a)! - order.get(b)!),
    }));
}
