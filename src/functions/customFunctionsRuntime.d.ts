/**
 * The part of Excel's custom-functions runtime these functions use (the runtime defines the
 * global; its published typings are not a dependency of this project). Api sets in brackets.
 */
declare namespace CustomFunctions {
  /** Registers a function under its metadata id; the metadata plugin emits these calls. */
  function associate(id: string, functionObject: (...args: never[]) => unknown): void;

  /** [CustomFunctionsRuntime 1.2] An error value for the cell, with a tooltip message. */
  class Error {
    constructor(code: ErrorCode, message?: string);
    code: ErrorCode;
    message?: string;
  }

  /** [CustomFunctionsRuntime 1.3] Only #VALUE! and #N/A carry a custom message. */
  enum ErrorCode {
    invalidValue = "#VALUE!",
    notAvailable = "#N/A",
    divisionByZero = "#DIV/0!",
    invalidNumber = "#NUM!",
    nullReference = "#NULL!",
    invalidName = "#NAME?",
    invalidReference = "#REF!",
  }

  interface Invocation {
    functionName?: string;
    address?: string;
    /** [CustomFunctionsRuntime 1.3] With `@requiresParameterAddresses`: where each argument came from. */
    parameterAddresses?: string[];
  }
}
