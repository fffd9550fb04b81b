import { Dec } from "../engine/decimal";
import type { Cell } from "./cell";

/** A cell's value in one spelling whatever the host: numbers by value, so 952620 and 952620.0 agree. */
const canonical = (cell: Cell): string => {
  switch (cell.t) {
    case "blank":
      return "";
    case "n":
      return `n${new Dec(cell.v).toString()}`;
    case "b":
      return cell.v ? "b1" : "b0";
    default:
      return `${cell.t}${cell.v}`;
  }
};

/**
 * A short fingerprint of a block of cells by their values (not their formats, which a host may
 * spell its own way): two 32-bit FNV-1a lanes over the canonical text of each cell and its
 * place. Not for security; it tells whether the cells a write left are still there unchanged.
 */
export function contentHash(rows: ReadonlyArray<ReadonlyArray<Cell>>): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  const feed = (text: string): void => {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
      b ^= b >>> 15;
    }
  };
  rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      const value = canonical(cell);
      if (value !== "") feed(`${r},${c}=${value}\u0000`);
    })
  );
  const hex = (x: number): string => (x >>> 0).toString(16).padStart(8, "0");
  return hex(a) + hex(b);
}
