/**
 * A name as shown: trimmed and in Unicode NFC, otherwise as typed (a tab or a second space
 * inside stays, so a finding shows the name as the user wrote it). Names compare by nameKey.
 */
export const normalizeName = (name: string): string => name.trim().normalize("NFC");
