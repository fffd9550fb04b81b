import { normalizeName } from '../engine/normalizeName';

/**
 * The IBN municipalities: the eleven of the 2021 partnership and the two formed by the
 * mergers of 1 January 2022 (Land van Cuijk, Maashorst). A name outside this list is a
 * warning, not an error, because a workbook may model another region; a workbook that lists
 * its own municipalities in a table "Gemeenten" makes any other name an error.
 * "Meierijstad, Veghel" is how the council documents print Meierijstad.
 */
const KNOWN = [
  'Bernheze', 'Boekel', 'Boxmeer', 'Cuijk', 'Grave', 'Landerd', 'Meierijstad', 'Meierijstad, Veghel',
  'Mill en Sint Hubert', 'Oss', 'Sint Anthonis', 'Uden', 'Land van Cuijk', 'Maashorst',
];

/** How names are compared for duplicates and membership: trim, NFC, one space, no case. */
export const nameKey = (name: string): string => normalizeName(name).replace(/\s+/g, ' ').toLowerCase();

const KNOWN_KEYS = new Set(KNOWN.map(nameKey));

export const isKnownMunicipality = (name: string): boolean => KNOWN_KEYS.has(nameKey(name));
