import { issue, type Issue } from "../issue";
import { parseIsoDate } from "../isoDate";
import { normalizeName } from "../normalizeName";
import type { Merger } from "./merger";

/**
 * Merger definitions may come from a workbook, so they are checked like any input: a name that
 * took part in two mergers would be counted in both, and a date other than 1 January has no
 * meaning for budgets that are set per calendar year.
 */
export function validateMergers(mergers: ReadonlyArray<Merger>): Issue[] {
  const issues: Issue[] = [];
  const owner = new Map<string, number>();
  mergers.forEach((m, k) => {
    const merged = normalizeName(m.name);
    const from = m.from.map(normalizeName);
    if (!merged || from.length === 0 || from.some((f) => !f))
      issues.push(issue("MERGER_INCOMPLETE", "error", undefined, { merged: m.name }));
    const date = parseIsoDate(m.effective);
    if (!date || date.m !== 1 || date.d !== 1)
      issues.push(
        issue(
          "MERGER_DATE_INVALID",
          "error",
          { row: m.name },
          { merged: m.name, value: m.effective }
        )
      );
    for (const name of new Set([merged, ...from])) {
      const first = owner.get(name);
      if (first === undefined) owner.set(name, k);
      else
        issues.push(
          issue(
            "MERGER_CONFLICT",
            "error",
            { row: name },
            { name, merged: mergers[first]!.name, other: m.name }
          )
        );
    }
  });
  return issues;
}
