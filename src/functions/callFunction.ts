import { formatIssue } from "../engine/formatIssue";
import { issue } from "../engine/issue";
import { displayLang } from "./displayLang";
import { FunctionArgs, FunctionRejected } from "./functionArgs";

/** A tooltip shows a few lines; the rest is counted so the user knows there is more. */
const MAX_SHOWN = 3;

/**
 * Runs one worksheet function synchronously: reads the arguments, computes, and turns every
 * failure into #VALUE! with a message in Excel's language. Being synchronous, a call either
 * returns or throws: no promise can be left unsettled (no stuck #BUSY!).
 */
export function callFunction<T>(
  id: string,
  params: ReadonlyArray<string>,
  invocation: CustomFunctions.Invocation | undefined,
  body: (args: FunctionArgs) => T
): T {
  const args = new FunctionArgs(id, params, displayLang(), invocation?.parameterAddresses);
  try {
    return body(args);
  } catch (e) {
    const issues =
      e instanceof FunctionRejected
        ? e.issues
        : [
            issue("FUNCTION_FAILED", "error", undefined, {
              reason: e instanceof Error ? e.message : String(e),
            }),
          ];
    const shown = issues.slice(0, MAX_SHOWN).map((i) => formatIssue(i, args.lang));
    if (issues.length > MAX_SHOWN) shown.push(`(+${issues.length - MAX_SHOWN})`);
    throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, shown.join(" "));
  }
}
