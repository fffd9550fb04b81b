/**
 * Where the output of this session stands, one model for the whole pane: nothing written yet,
 * written (in file mode: not yet downloaded), downloaded, or the last write undone. `writes`
 * counts the writes undo has not taken back: above zero, the workbook differs from the one opened.
 */
export interface WriteStatus {
  readonly state: "unwritten" | "written" | "downloaded" | "undone";
  readonly writes: number;
}

export type WriteEvent = "written" | "undone" | "downloaded";

export const UNWRITTEN: WriteStatus = { state: "unwritten", writes: 0 };

export function nextStatus(status: WriteStatus, event: WriteEvent): WriteStatus {
  switch (event) {
    case "written":
      return { state: "written", writes: status.writes + 1 };
    case "undone":
      return { state: "undone", writes: Math.max(0, status.writes - 1) };
    case "downloaded":
      return { ...status, state: "downloaded" };
  }
}
