/** Names compare after trimming and Unicode NFC, so "Oss" and "Oss " or a decomposed "é" are one. */
export const normalizeName = (name: string): string => name.trim().normalize("NFC");
