import { Dec } from "../engine/decimal";
import type { Cell } from "./cell";

/** Whether two cells hold the same value: numbers by value, since hosts write 1883249 or 1883249.0. */
export function sameCell(a: Cell, b: Cell): boolean {
  if (a.t === "n" && b.t === "n") return new Dec(a.v).eq(b.v);
  if (a.t === "blank" || b.t === "blank")
    return a.t === b.t || (a.t === "s" && a.v === "") || (b.t === "s" && b.v === "");
  return a.t === b.t && a.v === b.v;
}
