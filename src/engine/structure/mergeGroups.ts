import { issue, type Issue } from "../issue";
import { nameKey } from "../nameKey";
import { normalizeName } from "../normalizeName";
import { effectiveYear, type Merger } from "./merger";

export interface MergeGroup<T> {
  readonly name: string;
  /** The rows whose figures add up under `name`, in input order. */
  readonly members: ReadonlyArray<T>;
  /** False when the single member stands under its own name. */
  readonly merged: boolean;
}

/**
 * One year's rows (unique names) grouped as the municipalities stand in `asOf`:
 * the predecessors of every merger effective by then collapse into one group at the place of
 * the first of them. `year` is the column the rows come from; it differs from `asOf` when a
 * past year is restated under today's names. Mergers must be validated (validateMergers).
 */
export function mergeGroups<T extends { readonly name: string }>(
  rows: ReadonlyArray<T>,
  mergers: ReadonlyArray<Merger>,
  year: number,
  asOf: number
): { groups: MergeGroup<T>[]; issues: Issue[] } {
  const index = new Map(rows.map((r, i) => [nameKey(r.name), i]));
  const issues: Issue[] = [];
  const groupAt = new Map<number, MergeGroup<T>>();
  const absorbed = new Set<number>();
  for (const m of mergers) {
    const name = normalizeName(m.name);
    const key = nameKey(name);
    // By key, shown as the merger spells them.
    const from = new Map(m.from.map((f) => [nameKey(f), normalizeName(f)]));
    const predecessors = [...from.keys()].filter((p) => p !== key);
    const present = predecessors.filter((p) => index.has(p));
    if (present.length === 0) continue;
    const shown = (keys: string[]) => keys.map((p) => rows[index.get(p)!]!.name);
    const params = { year, merged: name, effective: m.effective };
    // An annexing municipality keeps its name, so only a separate new name can double count.
    if (index.has(key) && !from.has(key)) {
      for (const p of shown(present))
        issues.push(
          issue(
            "MERGER_DOUBLE_COUNT",
            "error",
            { row: p, column: String(year) },
            { ...params, predecessor: p }
          )
        );
      continue;
    }
    for (const p of predecessors.filter((q) => !index.has(q)).map((q) => from.get(q)!)) {
      issues.push(
        issue(
          "MERGER_PREDECESSOR_MISSING",
          "warning",
          { row: p, column: String(year) },
          { ...params, predecessor: p, present: shown(present).join(", ") }
        )
      );
    }
    if (effectiveYear(m) > asOf) continue;
    const at = [...present, ...(index.has(key) ? [key] : [])]
      .map((p) => index.get(p)!)
      .sort((a, b) => a - b);
    groupAt.set(at[0]!, { name, members: at.map((i) => rows[i]!), merged: true });
    for (const i of at.slice(1)) absorbed.add(i);
  }
  const groups = rows.flatMap((row, i) =>
    absorbed.has(i) ? [] : [groupAt.get(i) ?? { name: row.name, members: [row], merged: false }]
  );
  return { groups, issues };
}
