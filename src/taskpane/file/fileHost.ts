import { issue } from "../../engine/issue";
import { PortError } from "../../ports/portError";
import type { WorkbookPort } from "../../ports/workbookPort";
import type { PaneHost } from "../host/PaneHost";

/** The part of the xlsx adapter file mode uses; the adapter itself is loaded on demand. */
export interface XlsxFile extends WorkbookPort {
  toBytes(): Uint8Array;
}

export interface FileHostOptions {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly open: (bytes: Uint8Array, name: string) => XlsxFile;
  /** Shows the cells around a finding's cell: a file has no Excel to select it in. */
  readonly peek: (sheet: string, cell: string) => void;
}

/**
 * A workbook opened from a file, as a pane host. A write keeps the bytes from before it, so
 * the last refresh can be undone exactly as in Excel; everything stays in this browser.
 */
export function fileHost({ name, bytes, open, peek }: FileHostOptions): PaneHost {
  let current = open(bytes, name);
  let previous: Uint8Array | undefined;
  const port: WorkbookPort = {
    read: (ref) => current.read(ref),
    readName: (n) => current.readName(n),
    readSettings: () => current.readSettings(),
    write: async (outputs, settings, options) => {
      const before = current.toBytes();
      await current.write(outputs, settings, options);
      previous = before;
    },
  };
  return {
    mode: "file",
    port,
    showCell: async (sheet, cell) => peek(sheet, cell),
    undoLastRefresh: async () => {
      if (!previous) throw new PortError(issue("UNDO_NOTHING", "error"));
      current = open(previous, name);
      previous = undefined;
    },
    file: { name, save: async () => current.toBytes() },
  };
}
