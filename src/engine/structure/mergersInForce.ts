import { hasErrors, type Issue } from "../issue";
import { BUILT_IN_MERGERS } from "./builtInMergers";
import { combineMergers } from "./combineMergers";
import type { Merger } from "./merger";
import { validateMergers } from "./validateMergers";

/**
 * The mergers a run reads P-budgets with: the built-in ones of 2022 and the declared ones (a
 * workbook's table Fusies, a --mergers file), checked. Mergers in doubt decide nothing: with
 * an error, none are in force and every blank stays a missing budget.
 */
export function mergersInForce(declared: ReadonlyArray<Merger>): {
  mergers: Merger[];
  issues: Issue[];
} {
  const mergers = combineMergers(BUILT_IN_MERGERS, declared);
  const issues = validateMergers(mergers);
  return { mergers: hasErrors(issues) ? [] : mergers, issues };
}
