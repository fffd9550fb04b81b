import { nameKey } from "../nameKey";
import type { Merger } from "./merger";

/**
 * Every name that takes part in a merger, new or old, by nameKey: the names whose blank in a
 * year means "not listed that year" rather than a missing budget.
 */
export const mergerNames = (mergers: ReadonlyArray<Merger>): ReadonlySet<string> =>
  new Set(mergers.flatMap((m) => [m.name, ...m.from]).map(nameKey));
