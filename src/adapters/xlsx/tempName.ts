import { createHash } from "crypto";
import { hostname } from "os";
import { basename } from "path";

/** Bytes in one file name on the file systems a workbook lives on (ext4, XFS, APFS; NTFS counts 255 UTF-16 units, never fewer). */
const NAME_MAX = 255;
const PREFIX = ".~lumpsum-";
const TEMP = /^\.~lumpsum-.*\.([0-9a-f]{8})-([0-9a-f]{6})\.(\d{1,10})\.tmp$/s;

const digest = (text: string, length: number): string =>
  createHash("sha256").update(text).digest("hex").slice(0, length);

/** The longest start of `text` that takes at most `bytes` bytes in UTF-8, cut between characters. */
function startWithin(text: string, bytes: number): string {
  let used = 0;
  let end = 0;
  for (const ch of text) {
    used += Buffer.byteLength(ch);
    if (used > bytes) break;
    end += ch.length;
  }
  return text.slice(0, end);
}

/**
 * The temporary file a save writes next to its target: hidden, as much of the target's name as
 * fits (so a person sees whose it is), then a digest of the whole name, of the machine and the
 * writing process — always within the file system's 255-byte name limit, however long the
 * target's name. The digests let a later run recognise it as a leftover of this target.
 */
export function tempNameFor(target: string, pid: number, host: string = hostname()): string {
  const name = basename(target);
  const tail = `.${digest(name, 8)}-${digest(host, 6)}.${pid}.tmp`;
  return `${PREFIX}${startWithin(name, NAME_MAX - Buffer.byteLength(PREFIX + tail))}${tail}`;
}

/** Whose temporary file `entry` is, if it is one of `target`'s: the writing process and whether it ran on this machine. */
export function tempWriter(
  entry: string,
  target: string,
  host: string = hostname()
): { pid: number; thisMachine: boolean } | undefined {
  const m = TEMP.exec(entry);
  if (!m || m[1] !== digest(basename(target), 8)) return undefined;
  return { pid: Number(m[3]), thisMachine: m[2] === digest(host, 6) };
}
