import { promises as fs, type Stats } from "fs";
import { inflateEntry } from "./inflateEntry";
import { nativeInflate } from "./openXlsxFile";
import { decodeOwnedRecord } from "./ownedRecord";
import { PACKAGE_LIMITS } from "./packageLimits";
import { readZip } from "./readZip";
import { decodeXml } from "./xmlText";

/** Where a package keeps its custom XML parts, ours among them. */
const CUSTOM_XML_ITEM = /^customXml\/item\d+\.xml$/i;

/**
 * Whether the file at `path` is a workbook a refresh wrote: one of its custom XML parts is our
 * record. Only the zip directory and those small parts are read, nothing is parsed beyond them;
 * anything unreadable, too large or not a zip is not ours. `known` spares a stat the caller made.
 */
export async function isOwnedAnnex(path: string, known?: Stats): Promise<boolean> {
  try {
    const stat = known ?? (await fs.stat(path));
    if (!stat.isFile() || stat.size > PACKAGE_LIMITS.maxFileBytes) return false;
    const bytes = new Uint8Array(await fs.readFile(path));
    return readZip(bytes, path).some((entry) => {
      if (!CUSTOM_XML_ITEM.test(entry.name)) return false;
      const text = decodeXml(inflateEntry(entry, path, nativeInflate))?.text;
      return text !== undefined && decodeOwnedRecord(text) !== undefined;
    });
  } catch {
    return false;
  }
}
