import { issue, type Issue } from "../engine/issue";

/**
 * A port refused or failed an operation (a sheet it does not own, a locked file): carries the
 * finding, so the use case reports it in Dutch or English instead of a stack trace.
 */
export class PortError extends Error {
  constructor(readonly issue: Issue) {
    super(issue.code);
    this.name = "PortError";
  }
}

/** Any error that carries a finding: PortError here, or an adapter's own (e.g. PackageError). */
export const issueOf = (e: unknown): Issue | undefined =>
  typeof e === "object" &&
  e !== null &&
  "issue" in e &&
  typeof (e as { issue: unknown }).issue === "object"
    ? ((e as { issue: Issue }).issue ?? undefined)
    : undefined;

/** The finding for a failed port operation: the adapter's own, or a failed write with its reason. */
export const failureIssue = (e: unknown): Issue =>
  issueOf(e) ??
  issue("PKG_WRITE_FAILED", "error", undefined, {
    reason: e instanceof Error ? e.message : String(e),
  });
