import { deflateSync } from "fflate";
import { crc32 } from "./crc32";
import type { ZipEntry } from "./zipEntry";

/** Excel writes every entry with this timestamp (1980-01-01 00:00); so do we, for stable bytes. */
const DOS_DATE_1980 = 0x0021;
const UTF8_NAME = 0x0800;
/** Bits 1-2 describe how the deflate stream was made: they travel with the copied bytes. */
const KEEP_FLAGS = 0x0006;

/** Raw deflate (RFC 1951) of a part's bytes. */
export type Deflate = (data: Uint8Array) => Uint8Array;

/**
 * Deflate in plain JavaScript, for every host. Fastest level: on a 342-row output sheet it
 * takes a third of the time of level 6 for a file a few KiB larger.
 */
export const portableDeflate: Deflate = (data) => deflateSync(data, { level: 1 });

/** A new entry from its uncompressed bytes. */
export function newEntry(
  name: string,
  data: Uint8Array,
  deflate: Deflate = portableDeflate
): ZipEntry {
  return {
    name,
    method: 8,
    flags: 0,
    dosTime: 0,
    dosDate: DOS_DATE_1980,
    crc: crc32(data),
    size: data.length,
    raw: deflate(data),
  };
}

/**
 * A zip file from entries in the given order. The compressed bytes of each entry are written as
 * they are, so entries taken over from a read package keep their exact stored bytes; headers are
 * regenerated without data descriptors (sizes are known).
 */
export function writeZip(entries: ReadonlyArray<ZipEntry>): Uint8Array {
  const encoder = new TextEncoder();
  const names = entries.map((e) => encoder.encode(e.name));
  const size = entries.reduce(
    (sum, e, i) => sum + 30 + names[i]!.length + e.raw.length + 46 + names[i]!.length,
    22
  );
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  let at = 0;
  const offsets: number[] = [];
  const flagsOf = (e: ZipEntry, name: Uint8Array): number =>
    (e.flags & KEEP_FLAGS) | (name.some((b) => b > 0x7f) ? UTF8_NAME : 0);
  const common = (pos: number, e: ZipEntry, name: Uint8Array): void => {
    view.setUint16(pos, 20, true);
    view.setUint16(pos + 2, flagsOf(e, name), true);
    view.setUint16(pos + 4, e.method, true);
    view.setUint16(pos + 6, e.dosTime, true);
    view.setUint16(pos + 8, e.dosDate, true);
    view.setUint32(pos + 10, e.crc, true);
    view.setUint32(pos + 14, e.raw.length, true);
    view.setUint32(pos + 18, e.size, true);
    view.setUint16(pos + 22, name.length, true);
  };
  entries.forEach((e, i) => {
    const name = names[i]!;
    offsets.push(at);
    view.setUint32(at, 0x04034b50, true);
    common(at + 4, e, name);
    out.set(name, at + 30);
    out.set(e.raw, at + 30 + name.length);
    at += 30 + name.length + e.raw.length;
  });
  const cdStart = at;
  entries.forEach((e, i) => {
    const name = names[i]!;
    view.setUint32(at, 0x02014b50, true);
    view.setUint16(at + 4, 20, true);
    common(at + 6, e, name);
    view.setUint32(at + 42, offsets[i]!, true);
    out.set(name, at + 46);
    at += 46 + name.length;
  });
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, at - cdStart, true);
  view.setUint32(at + 16, cdStart, true);
  return out;
}
