/**
 * A broken precondition: a caller passed something the checking entry points would have
 * rejected (use safeAllocate and friends for user data). Never used for bad user data.
 */
export class EngineError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message);
    this.name = "EngineError";
  }
}
