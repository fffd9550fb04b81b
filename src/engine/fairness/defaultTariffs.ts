import { Dec } from "../decimal";
import type { PlacementCategory } from "./placementCategory";

/**
 * Euros per FTE per year. The three trajectkostenvergoeding tariffs of the partnership before
 * July 2021 (seed 004, bb: laag €4,100, midden/hoog €5,500, na ontwikkeltraject €4,100) and the
 * national guidance fee for sheltered work per FTE of 31 hours (seed 003: €7,700 from the
 * participation budget, paid through the lump sum). Callers may override each one.
 */
export const DEFAULT_TARIFFS: Readonly<Record<PlacementCategory, Dec>> = {
  ontwikkelpotentieel_laag: new Dec(4100),
  ontwikkelpotentieel_midden_hoog: new Dec(5500),
  na_ontwikkeltraject: new Dec(4100),
  beschut_werk: new Dec(7700),
};
