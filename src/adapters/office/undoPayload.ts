import type { OutputTable } from "../../ports/workbookPort";
import { decodeSpreadsheetText } from "../xlsx/xmlEscape";
import { attr, child, parseXml, textOf } from "../xlsx/xmlNode";
import { utf8Length } from "./requestBudget";

/**
 * What the add-in needs to undo its last refresh: the output tables and settings that refresh
 * replaced, tied to the run id of the record it wrote (a refresh by the command, or any later
 * write, leaves a record with another run id, and the undo is gone). Kept in parts of their own
 * namespace, each under the request limit and written in syncs before the write itself, so the
 * write's request carries only the new figures and the small record. Invisible to users; the
 * command ignores these parts (they name a run its record will not have).
 *
 *   <undo xmlns="urn:ibn-lumpsum:undo:1" run="…" part="1" of="2">{"settings":…,"outputs":[…]}</undo>
 */
export const UNDO_NAMESPACE = "urn:ibn-lumpsum:undo:1";

export interface UndoState {
  /** The settings before the refresh; none when the refresh was the first. */
  readonly settings?: string;
  readonly outputs: ReadonlyArray<OutputTable>;
}

export interface UndoPart {
  readonly run: string;
  readonly part: number;
  readonly of: number;
  readonly text: string;
}

const ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };

/**
 * The undo state for run `run` as parts whose text is at most `bytes` bytes of UTF-8 each. The
 * JSON holds no control characters (JSON.stringify escapes them), so only &, < and > need escaping.
 */
export function encodeUndoParts(run: string, state: UndoState, bytes: number): string[] {
  const json = JSON.stringify(state);
  const pieces: string[] = [];
  let piece = "";
  let size = 0;
  for (const ch of json) {
    const text = ESCAPES[ch] ?? ch;
    const cost = utf8Length(text);
    if (size + cost > bytes && piece) {
      pieces.push(piece);
      [piece, size] = ["", 0];
    }
    piece += text;
    size += cost;
  }
  pieces.push(piece);
  return pieces.map(
    (text, k) =>
      `<undo xmlns="${UNDO_NAMESPACE}" run="${run}" part="${k + 1}" of="${pieces.length}">${text}</undo>`
  );
}

export function decodeUndoPart(xml: string): UndoPart | undefined {
  const root = child(parseXml(xml), "undo");
  const run = attr(root, "run");
  const part = Number(attr(root, "part"));
  const of = Number(attr(root, "of"));
  if (!root || !run || !Number.isInteger(part) || !Number.isInteger(of)) return undefined;
  return { run, part, of, text: decodeSpreadsheetText(textOf(root)) };
}

/** The undo state of run `run` from its parts, or undefined when a part is missing or damaged. */
export function undoState(parts: ReadonlyArray<UndoPart>, run: string): UndoState | undefined {
  const mine = parts.filter((p) => p.run === run).sort((a, b) => a.part - b.part);
  if (mine.length === 0 || mine.length !== mine[0]!.of || mine.some((p, k) => p.part !== k + 1))
    return undefined;
  try {
    return JSON.parse(mine.map((p) => p.text).join("")) as UndoState;
  } catch {
    return undefined;
  }
}
