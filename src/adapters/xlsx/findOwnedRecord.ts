import type { OpcPackage } from "./opcPackage";
import { REL_TYPE } from "./opcNames";
import type { OwnedRecord } from "../../ports/ownership";
import { decodeOwnedRecord } from "./ownedRecord";

/** The tool's own custom XML part among the workbook's custom XML parts, if a refresh made one. */
export function findOwnedRecord(
  pkg: OpcPackage,
  workbookPart: string
): { part: string; record: OwnedRecord } | undefined {
  for (const rel of pkg.relationships(workbookPart)) {
    const part =
      rel.type === REL_TYPE.customXml && !rel.external ? pkg.storedName(rel.target) : undefined;
    const text = part ? pkg.text(part)?.text : undefined;
    const record = text === undefined ? undefined : decodeOwnedRecord(text);
    if (part && record) return { part, record };
  }
  return undefined;
}
