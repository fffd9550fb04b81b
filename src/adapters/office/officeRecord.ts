import type { OutputTable } from "../../ports/workbookPort";
import { decodeOwnedRecord, encodeOwnedRecord, type OwnedRecord } from "../xlsx/ownedRecord";
import { decodeSpreadsheetText, encodeSpreadsheetText } from "../xlsx/xmlEscape";
import { child, parseXml, textOf } from "../xlsx/xmlNode";

/** What the last refresh replaced, so that it can be undone. */
export interface PreviousState {
  readonly settings?: string;
  readonly outputs: ReadonlyArray<OutputTable>;
}

/**
 * The tool's record in the workbook, the same custom XML part the xlsx adapter keeps (owned
 * sheets, settings), plus what only the add-in needs: the tables it last wrote (their extent
 * tells a user's additions from the tool's output) and the state before, for undo. The xlsx
 * adapter ignores these two elements and drops them when it rewrites the record: after a
 * refresh by the command there is nothing to undo in Excel, which is right.
 */
export interface OfficeRecord extends OwnedRecord {
  readonly written?: ReadonlyArray<OutputTable>;
  readonly previous?: PreviousState;
}

const element = (tag: string, value: unknown): string =>
  value === undefined ? "" : `<${tag}>${encodeSpreadsheetText(JSON.stringify(value))}</${tag}>`;

export function encodeOfficeRecord(record: OfficeRecord): string {
  const shared = encodeOwnedRecord({
    owned: record.owned,
    ...(record.settings === undefined ? {} : { settings: record.settings }),
  });
  return shared.replace(
    /<\/lumpsum>$/,
    `${element("written", record.written)}${element("previous", record.previous)}</lumpsum>`
  );
}

/** The record in a custom XML part's text; undefined when the part is not the tool's. */
export function decodeOfficeRecord(xml: string): OfficeRecord | undefined {
  const shared = decodeOwnedRecord(xml);
  if (!shared) return undefined;
  const root = child(parseXml(xml), "lumpsum");
  const json = <T>(tag: string): T | undefined => {
    const node = child(root, tag);
    if (!node) return undefined;
    try {
      return JSON.parse(decodeSpreadsheetText(textOf(node))) as T;
    } catch {
      return undefined; // a damaged extra only loses undo, never the shared record
    }
  };
  const written = json<OutputTable[]>("written");
  const previous = json<PreviousState>("previous");
  return { ...shared, ...(written ? { written } : {}), ...(previous ? { previous } : {}) };
}
