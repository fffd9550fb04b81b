import { Inflate } from "fflate";
import { issue } from "../../engine/issue";
import { PortError } from "../../ports/portError";
import { crc32 } from "./crc32";
import type { ZipEntry } from "./zipEntry";

/** Small enough that a lying entry overshoots its declared size by at most ~64 MiB of discarded work. */
const CHUNK = 64 * 1024;

/**
 * The uncompressed bytes of an entry, never more than it declared: inflation stops as soon as
 * the output passes the declared size, and the CRC must match, so a lying header is caught.
 */
export function inflateEntry(entry: ZipEntry, file: string): Uint8Array {
  const damaged = (): PortError =>
    new PortError(issue("PKG_PART_CORRUPT", "error", { file }, { part: entry.name }));
  let data: Uint8Array;
  if (entry.method === 0) {
    data = entry.raw;
  } else {
    data = new Uint8Array(entry.size);
    let written = 0;
    let overflow = false;
    const inflater = new Inflate((chunk) => {
      if (written + chunk.length > entry.size) overflow = true;
      else data.set(chunk, written);
      written += chunk.length;
    });
    try {
      for (let at = 0; at < entry.raw.length && !overflow; at += CHUNK) {
        inflater.push(entry.raw.subarray(at, at + CHUNK), at + CHUNK >= entry.raw.length);
      }
      if (entry.raw.length === 0) inflater.push(entry.raw, true);
    } catch {
      throw damaged();
    }
    if (overflow || written !== entry.size) throw damaged();
  }
  if (crc32(data) !== entry.crc) throw damaged();
  return data;
}
