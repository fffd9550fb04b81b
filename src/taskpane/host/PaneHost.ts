import type { WorkbookPort, WriteOptions } from "../../ports/workbookPort";

/** Inside Excel, or a plain browser working on an opened .xlsx file. */
export type PaneMode = "office" | "file";

/**
 * Everything the screens may do to a workbook: the port, plus what only a host can do.
 * The components receive it through PaneHostProvider and never reach Excel or a file directly.
 */
export interface PaneHost {
  readonly mode: PaneMode;
  readonly port: WorkbookPort;
  /** Brings a cell into view: selects it in Excel; in file mode shows the cells around it. */
  readonly showCell: (sheet: string, cell: string) => Promise<void>;
  /**
   * Puts the output tables of the refresh before the last one back (throws a PortError when
   * there is none, or when it would remove what something refers to and `force` is not set).
   */
  readonly undoLastRefresh: (options?: WriteOptions) => Promise<void>;
  /** File mode: the file's name (shown, so the user knows where the figures come from) and its bytes as they are now. */
  readonly file?: { readonly name: string; readonly save: () => Promise<Uint8Array> };
}
