import { parseStructured, type StructuredSpec } from "./structuredSpec";

/** One corner of an A1 reference; `row` or `col` is undefined in a whole-column or whole-row reference. */
export interface RefCorner {
  readonly row?: number;
  readonly col?: number;
  readonly rowAbs: boolean;
  readonly colAbs: boolean;
}

interface Located {
  /** Offsets of the whole reference in the formula text, sheet prefix included. */
  readonly start: number;
  readonly end: number;
}

/** A cell, range, whole-row or whole-column reference, with the sheet it names (if any). */
export interface AreaRef extends Located {
  readonly kind: "area";
  readonly sheet?: string;
  /** The last sheet of a 3-D reference (Sheet1:Sheet3!A1). */
  readonly sheetTo?: string;
  /** Into another workbook ([1]Sheet!A1): never one of ours. */
  readonly external: boolean;
  readonly from: RefCorner;
  readonly to: RefCorner;
}

/** Table[Column], Table[[#Totals],[A]:[C]], Table[@Col]; `table` undefined for [@Col] inside a table. */
export interface StructuredRef extends Located, StructuredSpec {
  readonly kind: "structured";
  readonly table?: string;
}

/** A bare identifier: a defined name, or a table name standing for the table's data body. */
export interface NameRef extends Located {
  readonly kind: "name";
  readonly name: string;
  readonly sheet?: string;
  readonly external: boolean;
}

export type FormulaRef = AreaRef | StructuredRef | NameRef;

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;
const ERROR_LITERAL =
  /#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|UNKNOWN!|BUSY!)/iy;
const CELL = /(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})/y;
const COLUMN = /(\$?)([A-Za-z]{1,3})/y;
const ROW = /(\$?)(\d{1,7})/y;
const NUMBER = /(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/y;
const WORD = /[\p{L}_\\][\p{L}\p{N}_.\\?]*/uy;
const WORD_CHAR = /[\p{L}\p{N}_.\\?$]/u;

function columnIndex(letters: string): number {
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col - 1;
}

const matchAt = (re: RegExp, s: string, at: number): RegExpExecArray | null => {
  re.lastIndex = at;
  return re.exec(s);
};

/** A complete token ends where no name character follows (else "A1B" or "LOG10(" is something else). */
const endsAt = (s: string, at: number): boolean =>
  at >= s.length || (!WORD_CHAR.test(s[at]!) && s[at] !== "(" && s[at] !== "[" && s[at] !== "!");

interface Corners {
  readonly from: RefCorner;
  readonly to: RefCorner;
  readonly end: number;
}

/** A1, A1:C3, A:C or 1:3 at `at`, or undefined. */
function areaAt(s: string, at: number): Corners | undefined {
  const cell = (m: RegExpExecArray): RefCorner | undefined => {
    const col = columnIndex(m[2]!);
    const row = Number(m[4]) - 1;
    return col < MAX_COL && row >= 0 && row < MAX_ROW
      ? { row, col, colAbs: m[1] === "$", rowAbs: m[3] === "$" }
      : undefined;
  };
  const first = matchAt(CELL, s, at);
  const from = first && cell(first);
  if (first && from) {
    const afterFirst = at + first[0].length;
    if (s[afterFirst] === ":") {
      const second = matchAt(CELL, s, afterFirst + 1);
      const to = second && cell(second);
      if (second && to && endsAt(s, afterFirst + 1 + second[0].length))
        return { from, to, end: afterFirst + 1 + second[0].length };
    }
    if (endsAt(s, afterFirst)) return { from, to: from, end: afterFirst };
    return undefined;
  }
  const line = (re: RegExp, make: (m: RegExpExecArray) => RefCorner | undefined) => {
    const a = matchAt(re, s, at);
    if (!a || s[at + a[0].length] !== ":") return undefined;
    const b = matchAt(re, s, at + a[0].length + 1);
    const end = at + a[0].length + 1 + (b?.[0].length ?? 0);
    const [x, y] = [make(a), b && make(b)];
    return x && y && endsAt(s, end) ? { from: x, to: y, end } : undefined;
  };
  return (
    line(COLUMN, (m) => {
      const col = columnIndex(m[2]!);
      return col < MAX_COL ? { col, colAbs: m[1] === "$", rowAbs: false } : undefined;
    }) ??
    line(ROW, (m) => {
      const row = Number(m[2]) - 1;
      return row >= 0 && row < MAX_ROW ? { row, rowAbs: m[1] === "$", colAbs: false } : undefined;
    })
  );
}

/** Past a string literal ("a ""b""") or an array constant ({1,"}";2}) starting at `at`. */
function skipLiteral(s: string, at: number): number {
  const close = s[at] === "{" ? "}" : '"';
  for (let i = at + 1; i < s.length; i++) {
    if (s[i] === '"' && close === "}") i = skipLiteral(s, i) - 1;
    else if (s[i] === close) {
      if (close === '"' && s[i + 1] === '"') i++;
      else return i + 1;
    }
  }
  return s.length;
}

/** The end of a bracketed group starting at `at` ('['), honouring the apostrophe escape. */
function bracketEnd(s: string, at: number): number {
  let depth = 0;
  for (let i = at; i < s.length; i++) {
    const c = s[i];
    if (c === "'") i++;
    else if (c === "[") depth++;
    else if (c === "]" && --depth === 0) return i + 1;
  }
  return s.length;
}

/** A sheet prefix at `at`: 'My sheet'!, Sheet1!, Sheet1:Sheet3!, [1]Sheet1!; undefined when none starts here. */
function sheetPrefixAt(
  s: string,
  at: number
): { sheet: string; sheetTo?: string; external: boolean; end: number } | undefined {
  let name: string;
  let end: number;
  if (s[at] === "'") {
    let i = at + 1;
    let out = "";
    for (; i < s.length; i++) {
      if (s[i] === "'") {
        if (s[i + 1] === "'") {
          out += "'";
          i++;
        } else break;
      } else out += s[i];
    }
    if (s[i + 1] !== "!") return undefined;
    name = out;
    end = i + 2;
  } else {
    const m = /(\[[^\]]*\])?([\p{L}\p{N}_.\\]+)(?::([\p{L}\p{N}_.\\]+))?!/uy;
    m.lastIndex = at;
    const found = m.exec(s);
    if (!found) return undefined;
    const to = found[3];
    return {
      sheet: found[2]!,
      ...(to ? { sheetTo: to } : {}),
      external: found[1] !== undefined,
      end: at + found[0].length,
    };
  }
  // 'C:\dir\[Book.xlsx]Sheet'!A1 and '[1]Sheet'!A1 point into another workbook.
  const book = name.lastIndexOf("]");
  const bare = book >= 0 ? name.slice(book + 1) : name;
  const [sheet, sheetTo] = bare.split(":");
  return { sheet: sheet!, ...(sheetTo ? { sheetTo } : {}), external: book >= 0, end };
}

/**
 * The references in a formula as a file or Office.js stores it (English function names, comma
 * separators; with or without the leading '='): A1 cells and ranges, whole rows and columns,
 * structured references and bare names, each with where it sits in the text so that it can be
 * replaced. Strings, numbers, error literals, array constants and function names are skipped.
 * Reading references is all it does: it is not a formula parser.
 */
export function formulaRefs(formula: string): FormulaRef[] {
  const s = formula;
  const refs: FormulaRef[] = [];
  let i = s.startsWith("=") ? 1 : 0;
  while (i < s.length) {
    const c = s[i]!;
    if (c === '"' || c === "{") {
      i = skipLiteral(s, i);
      continue;
    }
    if (c === "#") {
      const err = matchAt(ERROR_LITERAL, s, i);
      i += err ? err[0].length : 1;
      continue;
    }
    const prefix =
      c === "'" || c === "[" || /[\p{L}_\\]/u.test(c) ? sheetPrefixAt(s, i) : undefined;
    if (prefix) {
      const at = prefix.end;
      const area = areaAt(s, at);
      const base = {
        start: i,
        sheet: prefix.sheet,
        ...(prefix.sheetTo ? { sheetTo: prefix.sheetTo } : {}),
        external: prefix.external,
      };
      if (area) {
        refs.push({ kind: "area", ...base, end: area.end, from: area.from, to: area.to });
        i = area.end;
        continue;
      }
      const err = matchAt(ERROR_LITERAL, s, at);
      if (err) {
        i = at + err[0].length;
        continue;
      }
      const word = matchAt(WORD, s, at);
      if (word) {
        refs.push({
          kind: "name",
          start: i,
          end: at + word[0].length,
          name: word[0],
          sheet: prefix.sheet,
          external: prefix.external,
        });
        i = at + word[0].length;
        continue;
      }
      i = at;
      continue;
    }
    if (c === "[") {
      const end = bracketEnd(s, i);
      refs.push({ kind: "structured", start: i, end, ...parseStructured(s.slice(i, end)) });
      i = end;
      continue;
    }
    if (c === "$" || /[A-Za-z\d]/.test(c)) {
      const area = areaAt(s, i);
      if (area) {
        refs.push({
          kind: "area",
          start: i,
          end: area.end,
          external: false,
          from: area.from,
          to: area.to,
        });
        i = area.end;
        continue;
      }
    }
    if (/[\d.]/.test(c)) {
      const n = matchAt(NUMBER, s, i);
      i += n ? n[0].length : 1;
      continue;
    }
    const word = /[\p{L}_\\]/u.test(c) ? matchAt(WORD, s, i) : null;
    if (word) {
      const end = i + word[0].length;
      if (s[end] === "[") {
        const close = bracketEnd(s, end);
        refs.push({
          kind: "structured",
          start: i,
          end: close,
          table: word[0],
          ...parseStructured(s.slice(end, close)),
        });
        i = close;
      } else {
        const upper = word[0].toUpperCase();
        if (s[end] !== "(" && upper !== "TRUE" && upper !== "FALSE")
          refs.push({ kind: "name", start: i, end, name: word[0], external: false });
        i = end;
      }
      continue;
    }
    i++;
  }
  return refs;
}
