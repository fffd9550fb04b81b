import { issue, type Issue } from "../engine/issue";

/**
 * A port refused or failed an operation (a sheet it does not own, a locked file): carries the
 * findings, one per place that stops it (each cell or name that refers to what a write would
 * remove), so the use case reports them in Dutch or English instead of a stack trace.
 */
export class PortError extends Error {
  readonly issues: ReadonlyArray<Issue>;

  constructor(findings: Issue | ReadonlyArray<Issue>) {
    const issues = Array.isArray(findings) ? findings : [findings as Issue];
    if (issues.length === 0) throw new RangeError("a PortError needs at least one finding");
    super(issues.map((i) => i.code).join(", "));
    this.name = "PortError";
    this.issues = issues;
  }

  /** The first finding, for a caller that shows one. */
  get issue(): Issue {
    return this.issues[0]!;
  }
}

/** The findings an error carries: a PortError's, or an adapter's own (e.g. PackageError's one). */
export function issuesOf(e: unknown): ReadonlyArray<Issue> | undefined {
  if (typeof e !== "object" || e === null) return undefined;
  if ("issues" in e && Array.isArray((e as { issues: unknown }).issues))
    return (e as { issues: Issue[] }).issues;
  if ("issue" in e && typeof (e as { issue: unknown }).issue === "object")
    return [(e as { issue: Issue }).issue];
  return undefined;
}

/** The findings for a failed port operation: the adapter's own, or a failed write with its reason. */
export const failureIssues = (e: unknown): ReadonlyArray<Issue> =>
  issuesOf(e) ?? [
    issue("PKG_WRITE_FAILED", "error", undefined, {
      reason: e instanceof Error ? e.message : String(e),
    }),
  ];
