/** One entry of a zip file as stored: enough to copy it unchanged or to inflate it. */
export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated (the only methods an xlsx uses). */
  readonly method: number;
  readonly flags: number;
  readonly dosTime: number;
  readonly dosDate: number;
  readonly crc: number;
  /** Declared uncompressed size; inflating never produces more. */
  readonly size: number;
  /** The compressed bytes exactly as they are in the file. */
  readonly raw: Uint8Array;
}
