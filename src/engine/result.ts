import type { Issue } from "./issue";

/** What a checking entry point returns: a value with its warnings, or only the issues. */
export type Result<T> =
  | { readonly ok: true; readonly value: T; readonly issues: ReadonlyArray<Issue> }
  | { readonly ok: false; readonly issues: ReadonlyArray<Issue> };

export const ok = <T>(value: T, issues: ReadonlyArray<Issue> = []): Result<T> => ({
  ok: true,
  value,
  issues,
});
export const fail = <T>(issues: ReadonlyArray<Issue>): Result<T> => ({ ok: false, issues });
