import type { Cell } from "../../ports/cell";
import type {
  OutputTable,
  RangeData,
  SourceRef,
  WorkbookPort,
  WriteOptions,
} from "../../ports/workbookPort";

/** What one load of the workbook found: each reference with its block (undefined: not there), and the settings. */
export interface Snapshot {
  readonly blocks: ReadonlyArray<readonly [SourceRef, RangeData | undefined]>;
  readonly settings: string | undefined;
}

const sameRef = (a: SourceRef, b: SourceRef): boolean =>
  a.kind === b.kind &&
  (a.kind === "selection" ||
    b.kind === "selection" ||
    a.name.toLowerCase() === b.name.toLowerCase());

/**
 * Reads answered from one load, for one use case (WorkbookPort.snapshot). What it holds is as
 * old as the load, so it answers only the references loaded, and only until something is
 * written through it; every other call goes to the workbook.
 */
export class SnapshotPort implements WorkbookPort {
  private held: Snapshot | undefined;

  constructor(
    private readonly port: WorkbookPort,
    snapshot: Snapshot
  ) {
    this.held = snapshot;
  }

  read(ref: SourceRef): Promise<RangeData | undefined> {
    const hit = this.held?.blocks.find(([loaded]) => sameRef(loaded, ref));
    return hit ? Promise.resolve(hit[1]) : this.port.read(ref);
  }

  readName(name: string): Promise<Cell | undefined> {
    return this.port.readName(name);
  }

  readSettings(): Promise<string | undefined> {
    return this.held ? Promise.resolve(this.held.settings) : this.port.readSettings();
  }

  write(
    outputs: ReadonlyArray<OutputTable>,
    settings: string,
    options?: WriteOptions
  ): Promise<void> {
    this.held = undefined;
    return this.port.write(outputs, settings, options);
  }
}
