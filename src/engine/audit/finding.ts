import { Dec } from "../decimal";
import { issue, type Issue, type Severity, type Where } from "../issue";
import type { IssueCode } from "../messages";

/** An audit finding: an Issue that carries the printed figure, ours, and the difference. */
export function finding(
  code: IssueCode,
  severity: Severity,
  where: Where,
  printed: Dec,
  recomputed: Dec,
  decimals = 0
): Issue {
  return issue(code, severity, where, {
    printed: printed.toFixed(decimals),
    recomputed: recomputed.toFixed(decimals),
    difference: printed.minus(recomputed).toFixed(decimals),
  });
}
