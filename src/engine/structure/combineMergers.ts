import { nameKey } from "../nameKey";
import type { Merger } from "./merger";

/**
 * The built-in mergers with the ones a workbook or file declares. A declared merger into the
 * same new name replaces the built-in one (a workbook may spell out the same merger, or
 * correct it); any other overlap is left for validateMergers to report.
 */
export function combineMergers(
  builtIn: ReadonlyArray<Merger>,
  declared: ReadonlyArray<Merger>
): Merger[] {
  const replaced = new Set(declared.map((m) => nameKey(m.name)));
  return [...builtIn.filter((m) => !replaced.has(nameKey(m.name))), ...declared];
}
