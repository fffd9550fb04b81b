import { EngineError } from "../../src/engine/engineError";

/**
 * What a call for checked input says when its precondition breaks: the EngineError's code and
 * message as one line ("no error" when none is thrown). jest's toThrow(error) compares the
 * message alone, so the code a caller branches on would go unchecked.
 */
export function brokenPrecondition(call: () => unknown): string {
  try {
    call();
  } catch (e) {
    if (e instanceof EngineError) return `${e.code}: ${e.message}`;
    throw e;
  }
  return "no error";
}
