import { useCallback, useRef, useState } from "react";
import type { Issue } from "../../engine/issue";
import { issuesOf } from "../../ports/portError";

/** What long work is doing now, already in the pane's language (its steps are known only as they come). */
export interface Progress {
  readonly label: string;
}

export type ActionState<T> =
  | { readonly status: "idle" }
  | { readonly status: "running"; readonly progress?: Progress }
  | { readonly status: "done"; readonly value: T }
  /** The findings when the failure carries them (a port refusing a write), else the error's own words. */
  | { readonly status: "failed"; readonly issues?: ReadonlyArray<Issue>; readonly detail: string };

export interface Action<A extends unknown[], T> {
  readonly state: ActionState<T>;
  readonly run: (...args: A) => Promise<T | undefined>;
  /** For long work: the step it is on, shown with a progress bar. */
  readonly progress: (p: Progress) => void;
  readonly reset: () => void;
}

/**
 * Runs one user action at a time and keeps what the screen needs to answer at once: running
 * (a spinner, a progress bar), done, or failed with a finding a controller can act on.
 * Failures are caught here so that no stack trace ever reaches the screen.
 */
export function useAction<A extends unknown[], T>(fn: (...args: A) => Promise<T>): Action<A, T> {
  const [state, setState] = useState<ActionState<T>>({ status: "idle" });
  const latest = useRef(0);
  const run = useCallback(
    async (...args: A) => {
      const id = ++latest.current;
      setState({ status: "running" });
      try {
        const value = await fn(...args);
        if (id === latest.current) setState({ status: "done", value });
        return value;
      } catch (e) {
        const issues = issuesOf(e);
        if (id === latest.current)
          setState({
            status: "failed",
            ...(issues ? { issues } : {}),
            detail: e instanceof Error ? e.message : String(e),
          });
        return undefined;
      }
    },
    [fn]
  );
  const progress = useCallback(
    (p: Progress) =>
      setState((s) => (s.status === "running" ? { status: "running", progress: p } : s)),
    []
  );
  const reset = useCallback(() => setState({ status: "idle" }), []);
  return { state, run, progress, reset };
}
