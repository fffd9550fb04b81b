import { Dec } from "../engine/decimal";
import type { Cell } from "./cell";

// A number already spelled as Dec spells it (no sign but minus, no leading or trailing zeros, no
// exponent, within its 40 digits): most of what we write, hashed without building a Decimal.
const AS_DEC_SPELLS = /^-?(?:[1-9]\d*|0(?=\.))(?:\.\d*[1-9])?$|^0$/;

/**
 * A cell's value in one spelling whatever the host, after its type letter: numbers by value, so
 * 952620 and 952620.0 agree.
 */
const canonical = (cell: Exclude<Cell, { t: "blank" }>): string => {
  switch (cell.t) {
    case "n":
      return cell.v.length <= 40 && AS_DEC_SPELLS.test(cell.v)
        ? cell.v
        : new Dec(cell.v).toString();
    case "b":
      return cell.v ? "1" : "0";
    default:
      return cell.v;
  }
};

/** Two 32-bit FNV-1a style lanes over UTF-16 code units: 16 hex digits. */
class Fingerprint {
  private a = 0x811c9dc5;
  private b = 0x01000193 ^ 0x5bd1e995;

  feed(text: string): void {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      this.a = Math.imul(this.a ^ c, 0x01000193);
      this.b = Math.imul(this.b ^ c, 0x5bd1e995);
      this.b ^= this.b >>> 15;
    }
  }

  hex(): string {
    const hex = (x: number): string => (x >>> 0).toString(16).padStart(8, "0");
    return hex(this.a) + hex(this.b);
  }
}

/** A short fingerprint of a text. Not for security: it tells two texts apart. */
export function textHash(text: string): string {
  const f = new Fingerprint();
  f.feed(text);
  return f.hex();
}

/**
 * A short fingerprint of a block of cells by their values (not their formats, which a host may
 * spell its own way) and places: whether the cells a write left are still there unchanged.
 */
export function contentHash(rows: ReadonlyArray<ReadonlyArray<Cell>>): string {
  const f = new Fingerprint();
  // The text "row,col=<type><value>\0" per cell, fed piece by piece: the same hash as the
  // joined text, without building it for each of a table's thousands of cells.
  rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell.t === "blank") return;
      f.feed(String(r));
      f.feed(",");
      f.feed(String(c));
      f.feed("=");
      f.feed(cell.t);
      f.feed(canonical(cell));
      f.feed("\u0000");
    })
  );
  return f.hex();
}
