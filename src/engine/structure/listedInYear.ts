import type { Dec } from "../decimal";
import { hasErrors, issue, type Issue } from "../issue";
import { nameKey } from "../nameKey";
import { normalizeName } from "../normalizeName";
import { toDecimal, type DecimalInput } from "../toDecimal";
import type { Merger } from "./merger";
import { mergeGroups } from "./mergeGroups";
import { mergerNames } from "./mergerNames";
import { pushAll } from "../pushAll";

/** A workbook row: a municipality with its P-budget per year. */
export interface StructureRow {
  readonly name: string;
  readonly weights: Readonly<Record<number, DecimalInput>>;
}

export interface ListedRow {
  readonly name: string;
  readonly weight: Dec;
}

/**
 * The rows a year lists, with checked budgets. A blank is never zero, but for a municipality
 * that takes part in a merger it means "not listed this year": that is how one sheet gives
 * the old names for 2021 and the new name for 2022 (see blankOf). Anyone else's blank is a
 * missing budget, and so is a merger none of whose names is listed in a year. Mergers must be validated
 * (validateMergers); the findings of mergeGroups for the year (a budget counted twice, a
 * predecessor missing) come with the rows.
 */
export function listedInYear(
  rows: ReadonlyArray<StructureRow>,
  mergers: ReadonlyArray<Merger>,
  year: number
): { rows: ListedRow[]; issues: Issue[] } {
  const participants = mergerNames(mergers);
  // Each budget read once: the names with one this year decide what a merger's blanks mean.
  const read = rows.map((r) => toDecimal(r.weights[year]));
  const filled = new Set(
    rows.filter((_, i) => read[i]!.kind !== "missing").map((r) => nameKey(r.name ?? ""))
  );
  const issues: Issue[] = [];
  const listed: ListedRow[] = [];
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const name = normalizeName(row.name ?? "");
    const key = nameKey(name);
    const label = name || `#${i + 1}`;
    const where = { row: label, column: String(year) };
    const w = read[i]!;
    if (w.kind === "missing" && participants.has(key)) {
      const blank = blankOf(key, mergers, filled);
      if (blank === "missing")
        issues.push(issue("WEIGHT_MISSING", "error", where, { name: label }));
      return;
    }
    if (!name) issues.push(issue("NAME_MISSING", "error", where));
    else if (seen.has(key)) issues.push(issue("NAME_DUPLICATE", "error", where, { name }));
    seen.add(key);
    if (w.kind === "missing") issues.push(issue("WEIGHT_MISSING", "error", where, { name: label }));
    else if (w.kind === "invalid")
      issues.push(issue("WEIGHT_NOT_NUMBER", "error", where, { name: label, value: w.text }));
    else if (w.kind === "out-of-range")
      issues.push(issue("NUMBER_OUT_OF_RANGE", "error", where, { value: w.text }));
    else if (w.value.isNegative() && !w.value.isZero())
      issues.push(
        issue("WEIGHT_NEGATIVE", "error", where, { name: label, value: w.value.toString() })
      );
    else listed.push({ name, weight: w.value });
  });
  pushAll(issues, unlisted(rows, mergers, filled, year));
  // A rejected budget is not a missing municipality: no merger findings on top of it.
  if (!hasErrors(issues)) issues.push(...mergeGroups(listed, mergers, year, year).issues);
  return { rows: listed, issues };
}

/**
 * What a merger participant's blank means in a year, given the names with a budget that year:
 * "unlisted" when the other side of its merger stands in for it (the new name for the old ones,
 * or the old ones for the new name); "group" when no name of the merger has a budget (one
 * finding for the merger, see unlisted); else "missing" — a predecessor left blank while its
 * fellow predecessors are listed, or a municipality that annexed another and so always exists.
 */
function blankOf(
  key: string,
  mergers: ReadonlyArray<Merger>,
  filled: ReadonlySet<string>
): "unlisted" | "group" | "missing" {
  const m = mergers.find((x) => [x.name, ...x.from].some((n) => nameKey(n) === key))!;
  const successor = nameKey(m.name);
  const predecessors = m.from.map(nameKey).filter((p) => p !== successor);
  const annexes = m.from.some((f) => nameKey(f) === successor);
  if (!filled.has(successor) && !predecessors.some((p) => filled.has(p))) return "group";
  if (key === successor) return annexes ? "missing" : "unlisted";
  return filled.has(successor) ? "unlisted" : "missing";
}

/** A merger whose names stand in the table and none of them has a budget this year. */
function unlisted(
  rows: ReadonlyArray<StructureRow>,
  mergers: ReadonlyArray<Merger>,
  filled: ReadonlySet<string>,
  year: number
): Issue[] {
  return mergers.flatMap((m) => {
    const names = new Set([m.name, ...m.from].map(nameKey));
    const inTable = rows.filter((r) => names.has(nameKey(r.name ?? "")));
    if (inTable.length === 0 || [...names].some((n) => filled.has(n))) return [];
    const where = { row: normalizeName(inTable[0]!.name), column: String(year) };
    return [
      issue("MERGER_NOT_LISTED", "error", where, {
        year,
        merged: m.name,
        names: inTable.map((r) => normalizeName(r.name)).join(", "),
      }),
    ];
  });
}
