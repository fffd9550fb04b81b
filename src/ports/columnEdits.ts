/**
 * How a table's columns become the new ones without renaming any: Excel rewrites every
 * structured reference to a column whose header changes, so a column that stays (same header,
 * compared case-insensitively) keeps its place in the order, the others are deleted and the new
 * ones inserted. The columns kept are a longest common subsequence of the two orders, so as few
 * as possible go. Positions are 0-based within the table.
 */
export interface ColumnEdits {
  /** Old positions deleted, highest first (the order Excel deletes them in without renumbering). */
  readonly deleted: ReadonlyArray<number>;
  /** New positions inserted, lowest first, each counted in the table as it is after the earlier ones. */
  readonly inserted: ReadonlyArray<number>;
}

export function columnEdits(
  before: ReadonlyArray<string>,
  after: ReadonlyArray<string>
): ColumnEdits {
  const a = before.map((h) => h.toLowerCase());
  const b = after.map((h) => h.toLowerCase());
  // lcs[i][j]: length of a longest common subsequence of a[i..] and b[j..].
  const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i]![j] =
        a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const keptOld = new Set<number>();
  const keptNew = new Set<number>();
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) {
      keptOld.add(i++);
      keptNew.add(j++);
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) i++;
    else j++;
  }
  return {
    deleted: a
      .map((_, i) => i)
      .filter((i) => !keptOld.has(i))
      .reverse(),
    inserted: b.map((_, j) => j).filter((j) => !keptNew.has(j)),
  };
}
