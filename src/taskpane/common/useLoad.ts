import { useEffect, type DependencyList } from "react";
import { useAction, type Action } from "./useAction";

/**
 * Work the screen needs without a click (reading the workbook when a flow opens or a choice
 * changes): runs at once and again whenever `deps` change; `run` reads again on request.
 */
export function useLoad<T>(fn: () => Promise<T>, deps: DependencyList): Action<[], T> {
  const action = useAction(fn);
  const { run } = action;
  useEffect(() => {
    void run();
    // The caller names what the work depends on; `run` is new on every render.
  }, deps);
  return action;
}
