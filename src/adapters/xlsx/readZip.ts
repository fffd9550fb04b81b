import { issue } from "../../engine/issue";
import { PortError } from "../../ports/portError";
import { PACKAGE_LIMITS } from "./packageLimits";
import { sameBytes } from "./sameBytes";
import type { ZipEntry } from "./zipEntry";

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const UTF8_NAME = 0x0800;
const ENCRYPTED = 0x0001;

const corrupt = (file: string, detail: string): PortError =>
  new PortError(issue("PKG_ZIP_CORRUPT", "error", { file }, { detail }));

/** Little-endian reads that fail as a corrupt package instead of returning garbage past the end. */
function reader(bytes: Uint8Array, file: string) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const check = (at: number, len: number): void => {
    if (at < 0 || at + len > bytes.length) throw corrupt(file, `offset ${at} out of range`);
  };
  return {
    u16: (at: number): number => (check(at, 2), view.getUint16(at, true)),
    u32: (at: number): number => (check(at, 4), view.getUint32(at, true)),
    u64: (at: number): number => {
      check(at, 8);
      const value = view.getBigUint64(at, true);
      if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw corrupt(file, "zip64 size out of range");
      return Number(value);
    },
    slice: (at: number, len: number): Uint8Array => (check(at, len), bytes.subarray(at, at + len)),
  };
}

function findEndOfCentralDirectory(
  bytes: Uint8Array,
  u32: (at: number) => number,
  file: string
): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes, so it starts in that window.
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at--) if (u32(at) === EOCD) return at;
  throw corrupt(file, "no end of central directory");
}

/**
 * The entries of a zip file, read from its central directory, with the declared sizes checked
 * against the package limits before anything is inflated. A package that two programs could
 * read differently is refused: a name stored twice (also differing only in case, as Windows and
 * Excel compare names), a local header whose name is not the directory's, entries whose bytes
 * overlap.
 */
export function readZip(bytes: Uint8Array, file: string): ZipEntry[] {
  const r = reader(bytes, file);
  const eocd = findEndOfCentralDirectory(bytes, r.u32, file);
  let count = r.u16(eocd + 10);
  let cdOffset = r.u32(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) {
    const locator = eocd - 20;
    if (r.u32(locator) !== ZIP64_LOCATOR) throw corrupt(file, "zip64 locator missing");
    const zip64 = r.u64(locator + 8);
    if (r.u32(zip64) !== ZIP64_EOCD) throw corrupt(file, "zip64 record missing");
    count = r.u64(zip64 + 32);
    cdOffset = r.u64(zip64 + 48);
  }
  if (count > PACKAGE_LIMITS.maxEntries) {
    throw new PortError(
      issue("PKG_TOO_MANY_PARTS", "error", { file }, { count, max: PACKAGE_LIMITS.maxEntries })
    );
  }
  const entries: ZipEntry[] = [];
  const names = new Map<string, string>();
  const spans: { name: string; start: number; end: number }[] = [];
  let total = 0;
  let at = cdOffset;
  for (let i = 0; i < count; i++) {
    if (r.u32(at) !== CENTRAL) throw corrupt(file, `central directory entry ${i}`);
    const flags = r.u16(at + 8);
    const method = r.u16(at + 10);
    const nameLength = r.u16(at + 28);
    const extraLength = r.u16(at + 30);
    const commentLength = r.u16(at + 32);
    const nameBytes = r.slice(at + 46, nameLength);
    const name = new TextDecoder(flags & UTF8_NAME ? "utf-8" : "latin1").decode(nameBytes);
    let compressed = r.u32(at + 20);
    let size = r.u32(at + 24);
    let localOffset = r.u32(at + 42);
    ({ compressed, size, localOffset } = applyZip64Extra(r, at + 46 + nameLength, extraLength, {
      compressed,
      size,
      localOffset,
    }));
    if (flags & ENCRYPTED || (method !== 0 && method !== 8)) {
      throw new PortError(issue("PKG_ZIP_UNSUPPORTED", "error", { file }, { part: name, method }));
    }
    total += size;
    const tooDense =
      size > PACKAGE_LIMITS.ratioFloorBytes && size > compressed * PACKAGE_LIMITS.maxEntryRatio;
    if (total > PACKAGE_LIMITS.maxTotalUncompressed || tooDense) {
      throw new PortError(issue("PKG_ZIP_BOMB", "error", { file }, { size: total, part: name }));
    }
    if (method === 0 && compressed !== size) throw corrupt(file, `stored size of ${name}`);
    if (r.u32(localOffset) !== LOCAL) throw corrupt(file, `local header of ${name}`);
    const localName = r.slice(localOffset + 30, r.u16(localOffset + 26));
    if (!sameBytes(localName, nameBytes))
      throw corrupt(file, `local header of ${name} names another part`);
    for (const key of new Set([name.toLowerCase(), name.toUpperCase()])) {
      const other = names.get(key);
      if (other !== undefined)
        throw new PortError(
          issue("PKG_DUPLICATE_PART", "error", { file }, { part: other, other: name })
        );
      names.set(key, name);
    }
    const dataStart = localOffset + 30 + r.u16(localOffset + 26) + r.u16(localOffset + 28);
    spans.push({ name, start: localOffset, end: dataStart + compressed });
    entries.push({
      name,
      method,
      flags,
      dosTime: r.u16(at + 12),
      dosDate: r.u16(at + 14),
      crc: r.u32(at + 16),
      size,
      raw: r.slice(dataStart, compressed),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  spans.sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i++)
    if (spans[i]!.start < spans[i - 1]!.end)
      throw corrupt(file, `${spans[i - 1]!.name} and ${spans[i]!.name} overlap`);
  return entries;
}

type Sizes = { compressed: number; size: number; localOffset: number };

/** Zip64 moves the sizes that do not fit 32 bits into extra field 0x0001, in a fixed order. */
function applyZip64Extra(
  r: ReturnType<typeof reader>,
  start: number,
  length: number,
  sizes: Sizes
): Sizes {
  if (
    sizes.size !== 0xffffffff &&
    sizes.compressed !== 0xffffffff &&
    sizes.localOffset !== 0xffffffff
  )
    return sizes;
  for (let at = start; at + 4 <= start + length;) {
    const id = r.u16(at);
    const len = r.u16(at + 2);
    if (id === 0x0001) {
      let field = at + 4;
      const next = (value: number): number => {
        if (value !== 0xffffffff) return value;
        const wide = r.u64(field);
        field += 8;
        return wide;
      };
      const size = next(sizes.size);
      const compressed = next(sizes.compressed);
      return { size, compressed, localOffset: next(sizes.localOffset) };
    }
    at += 4 + len;
  }
  return sizes;
}
