import { EngineError } from "../engineError";
import { decodeProjectionParams } from "./decodeProjectionParams";
import type { PrintedProjection } from "./printedProjection";
import type { ProjectionParams } from "./projectionParams";
import { PUBLISHED_PROJECTION_FILE } from "./publishedProjectionFile";

/** Scenario II as published (seed 002), with the printed 2021 PW share of extra costs as override. */
export function publishedParams(): ProjectionParams {
  const r = decodeProjectionParams(PUBLISHED_PROJECTION_FILE);
  if (!r.ok)
    throw new EngineError("PUBLISHED_PARAMS", "the bundled projection parameters do not decode");
  return r.value;
}

/** The published projection table as printed, for the audit and for comparison. */
export const publishedPrinted = (): PrintedProjection => PUBLISHED_PROJECTION_FILE.printed;
