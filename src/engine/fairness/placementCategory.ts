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

/** "Ontwikkelpotentieel laag", "ontwikkelpotentieel midden/hoog" and "beschut-werk" name categories. */
export function parsePlacementCategory(text: string): PlacementCategory | undefined {
  const key = text
    .trim()
    .toLowerCase()
    .replace(/[\s/-]+/g, "_");
  return PLACEMENT_CATEGORIES.find((c) => c === key);
}
