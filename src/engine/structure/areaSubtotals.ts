import { Dec } from "../decimal";
import { hasErrors, issue, type Issue } from "../issue";
import { normalizeName } from "../normalizeName";
import { ratDiv, ratFromDec, type Rational } from "../rational";
import { fail, ok, type Result } from "../result";
import { DEFAULT_AREAS } from "./defaultAreas";

export interface AreaRow {
  readonly name: string;
  /** From the workbook's Uitvoeringsgebied column; blank falls back to the default assignment. */
  readonly area?: string | null;
  /** The row's rounded amount as shown in the table. */
  readonly amount: Dec;
  /** The row's P-budget. */
  readonly weight: Dec;
}

export interface AreaSubtotal {
  /** null: the "niet ingedeeld / unassigned" group, always last and always reported. */
  readonly area: string | null;
  readonly members: ReadonlyArray<string>;
  readonly weight: Dec;
  /** The sum of the members' rounded amounts, so the subtotals add up to the table total. */
  readonly amount: Dec;
  /** The area's P-budget ÷ the total P-budget, exactly: its share of the exact lump sum. */
  readonly share: Rational;
}

export interface AreaSubtotals {
  /** In order of first appearance, the unassigned group (if any) last. */
  readonly areas: ReadonlyArray<AreaSubtotal>;
  readonly weight: Dec;
  readonly amount: Dec;
}

/**
 * Subtotals per execution area. They add rounded rows, never re-round, so they add up exactly
 * to the table total. A row without an area is grouped as unassigned and reported, never
 * dropped; pass `{}` as defaults to rely on the workbook's column alone.
 */
export function areaSubtotals(
  rows: ReadonlyArray<AreaRow>,
  defaults: Readonly<Record<string, string>> = DEFAULT_AREAS
): Result<AreaSubtotals> {
  const issues: Issue[] = [];
  const groups = new Map<string | null, { members: string[]; weight: Dec; amount: Dec }>();
  const seen = new Set<string>();
  for (const row of rows) {
    const name = normalizeName(row.name);
    if (seen.has(name)) issues.push(issue("NAME_DUPLICATE", "error", { row: name }, { name }));
    seen.add(name);
    const area =
      normalizeName(row.area ?? "") || (Object.hasOwn(defaults, name) ? defaults[name]! : null);
    const g = groups.get(area) ?? { members: [], weight: new Dec(0), amount: new Dec(0) };
    groups.set(area, {
      members: [...g.members, name],
      weight: g.weight.plus(row.weight),
      amount: g.amount.plus(row.amount),
    });
  }
  const weight = rows.reduce((s, r) => s.plus(r.weight), new Dec(0));
  if (rows.length > 0 && weight.isZero()) issues.push(issue("WEIGHTS_ALL_ZERO", "error"));
  if (hasErrors(issues)) return fail(issues);
  const unassigned = groups.get(null);
  if (unassigned) {
    issues.push(
      issue("AREA_UNASSIGNED", "warning", undefined, {
        count: unassigned.members.length,
        names: unassigned.members.join(", "),
      })
    );
  }
  const total = ratFromDec(weight);
  const areas = [...groups].sort(([a], [b]) => Number(a === null) - Number(b === null));
  return ok(
    {
      areas: areas.map(([area, g]) => ({ area, ...g, share: ratDiv(ratFromDec(g.weight), total) })),
      weight,
      amount: rows.reduce((s, r) => s.plus(r.amount), new Dec(0)),
    },
    issues
  );
}
