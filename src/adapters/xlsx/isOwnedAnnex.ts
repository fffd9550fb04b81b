import { promises as fs } from "fs";
import { findOwnedRecord } from "./findOwnedRecord";
import { openPackage } from "./openPackage";
import { PACKAGE_LIMITS } from "./packageLimits";

/**
 * Whether the file at `path` is a workbook a refresh wrote (it holds our record). Only the
 * package and the workbook's relationships are read, not its sheets; anything unreadable, too
 * large or not a workbook is not ours.
 */
export async function isOwnedAnnex(path: string): Promise<boolean> {
  try {
    const stat = await fs.stat(path);
    if (!stat.isFile() || stat.size > PACKAGE_LIMITS.maxFileBytes) return false;
    const bytes = await fs.readFile(path);
    const { pkg, workbookPart } = openPackage(new Uint8Array(bytes), path);
    return findOwnedRecord(pkg, workbookPart) !== undefined;
  } catch {
    return false;
  }
}
