import { Dec } from "../decimal";
import { issue, type Issue, type Severity, type Where } from "../issue";
import type { IssueCode } from "../messages";

/**
 * An audit finding: an Issue that carries the printed figure, ours, and the difference, each
 * with as many places as the most precise of them needs (at least `decimals`): a printed
 * 149,374.4 against 149,374 differs by -0.4, never by "-0".
 */
export function finding(
  code: IssueCode,
  severity: Severity,
  where: Where,
  printed: Dec,
  recomputed: Dec,
  decimals = 0
): Issue {
  const places = Math.max(decimals, printed.decimalPlaces(), recomputed.decimalPlaces());
  const difference = printed.minus(recomputed);
  return issue(code, severity, where, {
    printed: printed.toFixed(places),
    recomputed: recomputed.toFixed(places),
    difference: difference.isZero() ? (0).toFixed(places) : difference.toFixed(places),
  });
}
