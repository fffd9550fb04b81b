import { nameKey } from "../engine/nameKey";
import { DEFAULT_AREAS } from "../engine/structure/defaultAreas";

// Every name the built-in area assignment knows: the eleven of 2021, Land van Cuijk and
// Maashorst (1 January 2022), and "Meierijstad, Veghel" as the published table prints it.
const KNOWN_KEYS = new Set(Object.keys(DEFAULT_AREAS).map(nameKey));

/**
 * Whether a name is an IBN municipality. Outside this list is a warning, not an error: a
 * workbook may model another region. A workbook that lists its own municipalities in a
 * table "Gemeenten" is checked against that list instead, and then a stranger is an error.
 */
export const isKnownMunicipality = (name: string): boolean => KNOWN_KEYS.has(nameKey(name));
