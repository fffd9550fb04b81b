import { Inflate as FflateInflate } from "fflate";
import { issue } from "../../engine/issue";
import { PortError } from "../../ports/portError";
import { crc32 } from "./crc32";
import type { ZipEntry } from "./zipEntry";

/**
 * Inflates raw deflate data that declares `size` bytes, never producing (much) more: it returns
 * the bytes or throws once the output passes the declared size, so a lying header costs no more
 * than it declared. A host with a native inflate passes one (Node's zlib, bounded by
 * maxOutputLength); the portable one runs in a browser too.
 */
export type Inflate = (raw: Uint8Array, size: number) => Uint8Array;

/** Small enough that a lying entry overshoots its declared size by at most ~64 MiB of discarded work. */
const CHUNK = 64 * 1024;

/** fflate's streaming inflate, fed in chunks and stopped as soon as the output passes `size`. */
export const portableInflate: Inflate = (raw, size) => {
  const data = new Uint8Array(size);
  let written = 0;
  let overflow = false;
  const inflater = new FflateInflate((chunk) => {
    if (written + chunk.length > size) overflow = true;
    else data.set(chunk, written);
    written += chunk.length;
  });
  for (let at = 0; at < raw.length && !overflow; at += CHUNK)
    inflater.push(raw.subarray(at, at + CHUNK), at + CHUNK >= raw.length);
  if (raw.length === 0) inflater.push(raw, true);
  if (overflow || written !== size) throw new RangeError("inflated size differs from the declared");
  return data;
};

/**
 * The uncompressed bytes of an entry, never more than it declared, with the CRC checked, so a
 * lying header or damaged data is a PKG_PART_CORRUPT finding.
 */
export function inflateEntry(
  entry: ZipEntry,
  file: string,
  inflate: Inflate = portableInflate
): Uint8Array {
  const damaged = (): PortError =>
    new PortError(issue("PKG_PART_CORRUPT", "error", { file }, { part: entry.name }));
  let data: Uint8Array;
  try {
    data = entry.method === 0 ? entry.raw : inflate(entry.raw, entry.size);
  } catch {
    throw damaged();
  }
  if (data.length !== entry.size || crc32(data) !== entry.crc) throw damaged();
  return data;
}
