import { TERMS } from "../messages/terms";

/**
 * What a placement was paid for under the old per-person fees: the three development
 * potentials of the trajectkostenvergoeding (seed 004, bb) and the guidance of sheltered work
 * (beschut werk), which the lump sum now pays as well (seed 002).
 */
export const PLACEMENT_CATEGORIES = [
  "ontwikkelpotentieel_laag",
  "ontwikkelpotentieel_midden_hoog",
  "na_ontwikkeltraject",
  "beschut_werk",
] as const;
export type PlacementCategory = (typeof PLACEMENT_CATEGORIES)[number];

const normal = (text: string): string =>
  text
    .trim()
    .toLowerCase()
    .replace(/[\s/-]+/g, "_");

/**
 * A category by its key or by its name in either language, as findings name it:
 * "Ontwikkelpotentieel laag", "ontwikkelpotentieel midden/hoog", "beschut-werk", "Sheltered work".
 */
export function parsePlacementCategory(text: string): PlacementCategory | undefined {
  const key = normal(text);
  return PLACEMENT_CATEGORIES.find(
    (c) => c === key || normal(TERMS[c].nl) === key || normal(TERMS[c].en) === key
  );
}
