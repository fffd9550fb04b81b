/**
 * A cell as a host reports it, before any interpretation. Numbers travel as decimal text so
 * that no host's floating point decides an amount: the xlsx adapter passes the text stored in
 * the file, the Office.js adapter the shortest text that round-trips Excel's double.
 * `fmt` is the cell's number format (lets the codec tell a date serial from an amount).
 */
export type Cell =
  | { readonly t: "blank" }
  | { readonly t: "n"; readonly v: string; readonly fmt?: string }
  | { readonly t: "s"; readonly v: string }
  | { readonly t: "b"; readonly v: boolean }
  | { readonly t: "e"; readonly v: string };

export const BLANK: Cell = { t: "blank" };
export const num = (v: string, fmt?: string): Cell => (fmt ? { t: "n", v, fmt } : { t: "n", v });
export const text = (v: string): Cell => ({ t: "s", v });
