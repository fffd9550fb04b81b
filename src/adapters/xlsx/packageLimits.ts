/**
 * How much a workbook file may ask of us before we refuse it. Real annexes are a few hundred
 * KiB; these caps only stop hostile or broken files (zip bombs) from exhausting memory or time.
 */
export const PACKAGE_LIMITS = {
  /** The file itself. */
  maxFileBytes: 256 * 1024 * 1024,
  /** Sum of the declared uncompressed sizes of all entries. */
  maxTotalUncompressed: 256 * 1024 * 1024,
  /** Uncompressed/compressed ratio an entry may have once it is larger than `ratioFloorBytes`. */
  maxEntryRatio: 1000,
  ratioFloorBytes: 1024 * 1024,
  maxEntries: 10_000,
  /** Cells in one block handed to the codec (a table or name may span far more than its content). */
  maxBlockCells: 20_000_000,
} as const;

/** Excel's grid, as the file format allows it. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;
