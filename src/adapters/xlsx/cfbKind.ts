const MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = 0xfffffffe;

export const isCfb = (bytes: Uint8Array): boolean => MAGIC.every((b, i) => bytes[i] === b);

/**
 * What a Compound File (OLE2) holds. Old .xls files and password-protected .xlsx files are both
 * compound files; the stream names tell them apart ("EncryptionInfo" only in the encrypted one).
 * 'unknown' when the directory cannot be walked.
 */
export function cfbKind(bytes: Uint8Array): "xls" | "encrypted" | "unknown" {
  const names = streamNames(bytes);
  if (names.has("EncryptionInfo") || names.has("EncryptedPackage")) return "encrypted";
  if (names.has("Workbook") || names.has("Book")) return "xls";
  return "unknown";
}

function streamNames(bytes: Uint8Array): Set<string> {
  const names = new Set<string>();
  if (bytes.length < 512) return names;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sectorSize = 1 << view.getUint16(0x1e, true);
  if (sectorSize !== 512 && sectorSize !== 4096) return names;
  const sectorOffset = (id: number): number => (id + 1) * sectorSize;
  const u32 = (at: number): number | undefined =>
    at + 4 <= bytes.length ? view.getUint32(at, true) : undefined;
  // The header lists the first 109 FAT sectors; directories of real workbooks never need more.
  const fatSectors: number[] = [];
  const fatCount = Math.min(view.getUint32(0x2c, true), 109);
  for (let i = 0; i < fatCount; i++) fatSectors.push(view.getUint32(0x4c + 4 * i, true));
  const next = (id: number): number | undefined => {
    const perSector = sectorSize / 4;
    const fat = fatSectors[Math.floor(id / perSector)];
    return fat === undefined ? undefined : u32(sectorOffset(fat) + 4 * (id % perSector));
  };
  const decoder = new TextDecoder("utf-16le");
  let sector: number | undefined = view.getUint32(0x30, true);
  for (let guard = 0; sector !== undefined && sector !== END_OF_CHAIN && guard < 4096; guard++) {
    for (
      let at = sectorOffset(sector);
      at + 128 <= sectorOffset(sector) + sectorSize && at + 128 <= bytes.length;
      at += 128
    ) {
      const length = view.getUint16(at + 0x40, true);
      if (length >= 2 && length <= 64)
        names.add(decoder.decode(bytes.subarray(at, at + length - 2)));
    }
    sector = next(sector);
  }
  return names;
}
