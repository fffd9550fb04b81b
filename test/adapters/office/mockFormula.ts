import { formulaRefs, type FormulaRef } from "../../../src/ports/formulaRefs";
import type { MockWorkbook, XSheet } from "./mockWorkbook";

/** A computed value: a number, text, boolean, nothing, or an error such as #REF!. */
export type Value = number | string | boolean | null | { error: string };
type Result = Value | Value[][];

interface Context {
  readonly workbook: MockWorkbook;
  readonly sheet: XSheet;
  readonly depth: number;
}

type Token =
  | { kind: "ref"; ref: FormulaRef }
  | { kind: "num"; value: number }
  | { kind: "str"; value: string }
  | { kind: "err"; value: string }
  | { kind: "fn"; name: string }
  | { kind: "op"; value: string };

const isError = (v: unknown): v is { error: string } =>
  typeof v === "object" && v !== null && "error" in v;
const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

function tokens(formula: string): Token[] {
  const s = formula.startsWith("=") ? formula.slice(1) : formula;
  const refs = formulaRefs(s);
  const out: Token[] = [];
  let i = 0;
  while (i < s.length) {
    const ref = refs.find((r) => r.start === i);
    if (ref) {
      out.push({ kind: "ref", ref });
      i = ref.end;
      continue;
    }
    const rest = s.slice(i);
    const m =
      /^\s+/.exec(rest) ??
      /^"(?:[^"]|"")*"/.exec(rest) ??
      /^#(REF!|N\/A|NAME\?|VALUE!|DIV\/0!|NUM!|NULL!)/.exec(rest) ??
      /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(rest) ??
      /^(TRUE|FALSE)\b/i.exec(rest) ??
      /^[A-Za-z_][\w.]*(?=\()/.exec(rest) ??
      /^(<>|<=|>=|[-+*/&=<>(),:])/.exec(rest);
    if (!m) throw new Error(`mock formula: cannot read ${rest}`);
    const t = m[0];
    if (/^\s/.test(t)) void 0;
    else if (t.startsWith('"'))
      out.push({ kind: "str", value: t.slice(1, -1).replace(/""/g, '"') });
    else if (t.startsWith("#")) out.push({ kind: "err", value: t.toUpperCase() });
    else if (/^[\d.]/.test(t)) out.push({ kind: "num", value: Number(t) });
    else if (/^(TRUE|FALSE)$/i.test(t)) out.push({ kind: "str", value: t.toUpperCase() });
    else if (/^[A-Za-z_]/.test(t))
      out.push({ kind: "fn", name: t.toUpperCase().replace(/^_XLFN\./, "") });
    else out.push({ kind: "op", value: t });
    i += t.length;
  }
  return out;
}

/** The cells a reference selects, as values (a single cell still a 1×1 block). */
function resolve(ref: FormulaRef, ctx: Context): Value[][] | { error: string } {
  const wb = ctx.workbook;
  if (ref.kind === "name") {
    const name = wb.names.find(
      (n) => same(n.name, ref.name) && (n.sheetId === undefined || n.sheetId === ctx.sheet.id)
    );
    if (name) {
      const v = evaluate(name.formula, { ...ctx, depth: ctx.depth + 1 });
      return isError(v) ? v : Array.isArray(v) ? v : [[v]];
    }
    const table = wb.tables.find((t) => same(t.name, ref.name));
    if (!table) return { error: "#NAME?" };
    return block(
      wb,
      wb.sheetById(table.sheetId),
      table.ref.start.row + 1,
      table.ref.end.row - (table.showTotals ? 1 : 0),
      table.ref.start.col,
      table.ref.end.col,
      ctx
    );
  }
  if (ref.kind === "structured") {
    const table = ref.table ? wb.tables.find((t) => same(t.name, ref.table!)) : undefined;
    if (!table) return { error: "#REF!" };
    const index = (c: string) => table.columns.findIndex((x) => same(x, c));
    const cols = ref.columns.map(index);
    if (cols.some((c) => c < 0)) return { error: "#REF!" };
    const [c0, c1] =
      cols.length === 0 ? [0, table.columns.length - 1] : [Math.min(...cols), Math.max(...cols)];
    const top = table.ref.start.row;
    const bottom = table.ref.end.row;
    const [r0, r1] = ref.items.includes("#totals")
      ? [bottom, bottom]
      : ref.items.includes("#all")
        ? [top, bottom]
        : ref.items.includes("#headers")
          ? [top, top]
          : [top + 1, bottom - (table.showTotals ? 1 : 0)];
    return block(
      wb,
      wb.sheetById(table.sheetId),
      r0,
      r1,
      table.ref.start.col + c0,
      table.ref.start.col + c1,
      ctx
    );
  }
  const sheet =
    ref.sheet === undefined ? ctx.sheet : wb.sheets.find((s) => same(s.name, ref.sheet!));
  if (!sheet || ref.external) return { error: "#REF!" };
  const used = wb.usedRange(sheet, true);
  const r0 = ref.from.row ?? 0;
  const r1 = ref.to.row ?? used?.end.row ?? 0;
  const c0 = ref.from.col ?? 0;
  const c1 = ref.to.col ?? used?.end.col ?? 0;
  return block(wb, sheet, r0, r1, c0, c1, ctx);
}

function block(
  wb: MockWorkbook,
  sheet: XSheet,
  r0: number,
  r1: number,
  c0: number,
  c1: number,
  ctx: Context
): Value[][] {
  const rows: Value[][] = [];
  for (let r = r0; r <= r1; r++) {
    const row: Value[] = [];
    for (let c = c0; c <= c1; c++) row.push(wb.valueOf(sheet, r, c, ctx.depth));
    rows.push(row);
  }
  return rows;
}

const scalar = (v: Result): Value => (Array.isArray(v) ? (v[0]?.[0] ?? null) : v);
const num = (v: Value): number | { error: string } =>
  isError(v)
    ? v
    : typeof v === "number"
      ? v
      : v === null || v === ""
        ? 0
        : typeof v === "boolean"
          ? Number(v)
          : Number.isNaN(Number(v))
            ? { error: "#VALUE!" }
            : Number(v);

const FUNCTIONS: Readonly<Record<string, (args: Result[]) => Result>> = {
  SUM: (args) => {
    let total = 0;
    for (const a of args) {
      if (isError(a)) return a;
      for (const v of Array.isArray(a) ? a.flat() : [a]) {
        if (isError(v)) return v;
        if (typeof v === "number") total += v;
      }
    }
    return total;
  },
  INDEX: ([range, row, col]) => {
    if (isError(range)) return range;
    const grid = Array.isArray(range) ? range : [[range as Value]];
    const r = num(scalar(row ?? 1));
    const c = num(scalar(col ?? 1));
    if (isError(r)) return r;
    if (isError(c)) return c;
    const single =
      grid.length === 1 ? grid[0]![r - 1] : grid[r - 1]?.[grid[0]!.length === 1 ? 0 : c - 1];
    return single === undefined ? { error: "#REF!" } : single;
  },
  MATCH: ([needle, range]) => {
    if (isError(range)) return range;
    const list = (Array.isArray(range) ? range : [[range as Value]]).flat();
    const want = scalar(needle!);
    const k = list.findIndex(
      (v) =>
        v !== null &&
        !isError(v) &&
        !isError(want) &&
        String(v).toLowerCase() === String(want).toLowerCase()
    );
    return k < 0 ? { error: "#N/A" } : k + 1;
  },
  VLOOKUP: ([needle, range, col]) => {
    if (isError(range) || !Array.isArray(range)) return isError(range) ? range : { error: "#N/A" };
    const want = String(scalar(needle!)).toLowerCase();
    const c = num(scalar(col!));
    if (isError(c)) return c;
    const row = range.find((r) => String(r[0]).toLowerCase() === want);
    return row === undefined ? { error: "#N/A" } : (row[c - 1] ?? { error: "#REF!" });
  },
};

/** Computes a formula the mock's workbook holds: references, names, + - * / &, comparisons and a few functions. */
export function evaluate(formula: string, ctx: Context): Result {
  const ts = tokens(formula);
  let at = 0;
  const peek = (): Token | undefined => ts[at];
  const isOp = (v: string) => peek()?.kind === "op" && (peek() as { value: string }).value === v;
  const binary = (
    next: () => Result,
    ops: string[],
    apply: (a: Value, b: Value, op: string) => Value
  ): Result => {
    let left = next();
    while (ops.some(isOp)) {
      const op = (ts[at++] as { value: string }).value;
      const right = next();
      const [a, b] = [scalar(left), scalar(right)];
      left = isError(a) ? a : isError(b) ? b : apply(a, b, op);
    }
    return left;
  };
  const primary = (): Result => {
    const t = ts[at++];
    if (!t) return { error: "#VALUE!" };
    switch (t.kind) {
      case "num":
        return t.value;
      case "str":
        return t.value === "TRUE" ? true : t.value === "FALSE" ? false : t.value;
      case "err":
        return { error: t.value };
      case "ref":
        return resolve(t.ref, ctx);
      case "fn": {
        at++; // (
        const args: Result[] = [];
        while (!isOp(")")) {
          args.push(comparison());
          if (isOp(",")) at++;
        }
        at++;
        const f = FUNCTIONS[t.name];
        return f ? f(args) : { error: "#NAME?" };
      }
      case "op":
        if (t.value === "(") {
          const v = comparison();
          at++;
          return v;
        }
        if (t.value === "-" || t.value === "+") {
          const v = num(scalar(primary()));
          return isError(v) ? v : t.value === "-" ? -v : v;
        }
        return { error: "#VALUE!" };
    }
  };
  const arithmetic = (a: Value, b: Value, op: string): Value => {
    const [x, y] = [num(a), num(b)];
    if (isError(x)) return x;
    if (isError(y)) return y;
    return op === "+"
      ? x + y
      : op === "-"
        ? x - y
        : op === "*"
          ? x * y
          : y === 0
            ? { error: "#DIV/0!" }
            : x / y;
  };
  const term = () => binary(primary, ["*", "/"], arithmetic);
  const sum = () => binary(term, ["+", "-"], arithmetic);
  const concat = () => binary(sum, ["&"], (a, b) => `${a ?? ""}${b ?? ""}`);
  const comparison = (): Result =>
    binary(concat, ["=", "<>", "<", ">", "<=", ">="], (a, b, op) => {
      const [x, y] =
        typeof a === "number" && typeof b === "number" ? [a, b] : [String(a), String(b)];
      return op === "="
        ? x === y
        : op === "<>"
          ? x !== y
          : op === "<"
            ? x < y
            : op === ">"
              ? x > y
              : op === "<="
                ? x <= y
                : x >= y;
    });
  return comparison();
}
