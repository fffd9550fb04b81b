import { issue, type Issue } from "../../engine/issue";
import { PortError } from "../../ports/portError";
import { cfbKind, isCfb } from "./cfbKind";
import { OpcPackage } from "./opcPackage";
import { REL_TYPE } from "./opcNames";
import { PACKAGE_LIMITS } from "./packageLimits";
import { readZip } from "./readZip";
import type { Inflate } from "./inflateEntry";
import type { Deflate } from "./writeZip";

const refuse = (
  code: Issue["code"],
  file: string,
  params?: Record<string, string | number>
): PortError => new PortError(issue(code, "error", { file }, params));

const CFB_FINDING = {
  xls: "PKG_XLS",
  encrypted: "PKG_ENCRYPTED",
  unknown: "PKG_XLS_OR_ENCRYPTED",
} as const;

/**
 * The package behind workbook bytes, or a PortError saying in the user's terms what the file
 * is instead (.xls, password-protected, .xlsb, .ods, not a workbook, too large, a zip bomb).
 * Returns the package together with the part name of its workbook; `deflate` compresses what a
 * write changes, `inflate` reads the parts (both portable by default).
 */
export function openPackage(
  bytes: Uint8Array,
  file: string,
  deflate?: Deflate,
  inflate?: Inflate
): { pkg: OpcPackage; workbookPart: string } {
  if (bytes.length > PACKAGE_LIMITS.maxFileBytes) {
    throw refuse("PKG_FILE_TOO_LARGE", file, {
      size: bytes.length,
      max: PACKAGE_LIMITS.maxFileBytes,
    });
  }
  if (isCfb(bytes)) throw refuse(CFB_FINDING[cfbKind(bytes)], file);
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw refuse("PKG_NOT_ZIP", file);
  const pkg = new OpcPackage(readZip(bytes, file), file, deflate, inflate);
  const mimetype = pkg.has("mimetype") ? new TextDecoder().decode(pkg.bytes("mimetype")) : "";
  if (mimetype.includes("opendocument")) throw refuse("PKG_ODS", file);
  const main = pkg.has("[Content_Types].xml")
    ? pkg.relationships("").find((r) => r.type === REL_TYPE.officeDocument)
    : undefined;
  if (main?.target.toLowerCase().endsWith(".bin")) throw refuse("PKG_XLSB", file);
  const workbookPart = main && pkg.storedName(main.target);
  // Word and PowerPoint packages have a main part too; only a spreadsheet's will do (xlsx, xlsm, xltx).
  if (!workbookPart || !/spreadsheetml|ms-excel/.test(pkg.contentType(workbookPart) ?? ""))
    throw refuse("PKG_NOT_XLSX", file);
  return { pkg, workbookPart };
}
