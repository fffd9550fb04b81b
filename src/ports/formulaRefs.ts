import { parseA1Ref, parseStructRef, tokenize, tokenTypes, type Token } from "@borgar/fx/xlsx";

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
  /** Into another workbook ([1]Sheet!A1, 'C:\dir\[Book.xlsx]Sheet'!A1, Book.xlsx!Table[Col]): never one of ours. */
  readonly external: boolean;
}

/** A cell, range, whole-row or whole-column reference, with the sheet it names (if any). */
export interface AreaRef extends Located {
  readonly kind: "area";
  readonly sheet?: string;
  /** The last sheet of a 3-D reference (Sheet1:Sheet3!A1). */
  readonly sheetTo?: string;
  /** Corners in Excel's order: top left, then bottom right. */
  readonly from: RefCorner;
  readonly to: RefCorner;
  /** A trim range (A1:.B9 'tail', A1.:B9 'head', A1.:.B9 'both'): empty edge rows and columns are left out. */
  readonly trim?: "head" | "tail" | "both";
}

/** What the brackets of a structured reference select. */
export interface StructuredSpec {
  /** Column names as the table's headers spell them (escapes removed); two for a [A]:[C] span. */
  readonly columns: ReadonlyArray<string>;
  /** True for a [A]:[C] span: every column from the first to the second. */
  readonly span: boolean;
  /** Special items, lower case: '#all', '#data', '#headers', '#totals', '#this row' ('@' is '#this row'). */
  readonly items: ReadonlyArray<string>;
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
}

export type FormulaRef = AreaRef | StructuredRef | NameRef;

/**
 * Excel writes a reference into a closed workbook with the workbook's path in the quoted prefix
 * ('C:\Data\[Begroting.xlsx]Blad1'!A1, 'https://host/Gedeeld/[Begroting.xlsx]Blad1'!A1,
 * 'C:\Data\Begroting.xlsx'!Rente). @borgar/fx 5.1.3 refuses a colon before a prefix's '[' (and
 * then reads the A1 after '!' as a cell of this sheet) and takes a colon before a name or table
 * for a 3-D prefix (and leaves the prefix off). A colon before the last '\', '/' or '[' of a
 * quoted prefix belongs to the path (a sheet name holds none of them): it is lexed as '_' (same
 * length, so every offset holds); what the path says is never used.
 */
function pathColonsMasked(formula: string, tokens: ReadonlyArray<Token>): string {
  let text = formula;
  for (const token of tokens) {
    const quoted = token.type === tokenTypes.UNKNOWN || token.type === tokenTypes.CONTEXT_QUOTE;
    if (!quoted || !token.value.startsWith("'")) continue;
    const at = token.loc![0]!;
    const prefix = /'(?:[^']|'')*'(?=!)/y;
    prefix.lastIndex = at;
    const path = prefix.exec(formula)?.[0].match(/^.*[\\/[]/)?.[0];
    if (path) text = text.slice(0, at) + path.replace(/:/g, "_") + text.slice(at + path.length);
  }
  return text;
}

/** Longer than any structured reference's brackets: two columns of at most 255 characters, each escaped, and special items. */
const LONGEST = 1100;

/**
 * fx 5.1.3 refuses a structured reference that the range operator follows (T[Jan]:T[Dec]: it
 * lexes '[Jan]:' as an external workbook's prefix) or a space and a name (the intersection
 * T[Col] 7:7), and lexes it as unknown text or as part of another reference. Where a token
 * holds such brackets, the first bracketed part before a ':' or a space that fx's own reader
 * (parseStructRef) takes is the reference, and that ':' or space is lexed as '+' (same length;
 * references are read from the text as written). fx cannot read a column whose name has ']'
 * and after it ':' or '!' (T[a']:b]), not even as its stringifyStructRef writes it: the table
 * is then a bare name, which counts as the whole table (no owned column has such a name).
 */
function structuredMasked(text: string, tokens: ReadonlyArray<Token>): string {
  let masked = text;
  let done = 0;
  for (const token of tokens) {
    const open = token.value.indexOf("[");
    const at = token.loc![0]! + open;
    // Strings, quoted names and whole structured references are as fx should read them.
    const whole = token.type === tokenTypes.STRING || token.type === tokenTypes.REF_STRUCT;
    if (whole || token.value.startsWith("'") || open < 0 || at < done) continue;
    let end = -1;
    for (let close = text.indexOf("]", at); end < 0 && close >= 0 && close - at < LONGEST;) {
      if (/[:\s]/.test(text[close + 1] ?? "") && parseStructRef(text.slice(at, close + 1)))
        end = close + 1;
      close = text.indexOf("]", close + 1);
    }
    if (end < 0) continue;
    done = end;
    masked = masked.slice(0, end) + "+" + masked.slice(end + 1);
  }
  return masked;
}

const LEX = { withLocation: true, negativeNumbers: false };

/** The formula's tokens, and the text (offsets as in the formula) each reference is read from. */
function tokensOf(formula: string): { text: string; tokens: Token[] } {
  let tokens = tokenize(formula, LEX);
  const text = pathColonsMasked(formula, tokens);
  if (text !== formula) tokens = tokenize(text, LEX);
  // A round lexes what fx refused anew; one that changes nothing is the last.
  for (let lexed = text, next = structuredMasked(text, tokens); next !== lexed;) {
    lexed = next;
    tokens = tokenize(lexed, LEX);
    next = structuredMasked(lexed, tokens);
  }
  return { text, tokens };
}

/** `#REF!A1` is what Excel leaves of a reference into a deleted sheet: it points at nothing. */
const afterRefError = (tokens: ReadonlyArray<Token>, k: number): boolean => {
  const before = tokens[k - 1];
  return (
    before?.type === tokenTypes.ERROR &&
    before.value.toUpperCase() === "#REF!" &&
    before.loc![1] === tokens[k]!.loc![0]
  );
};

const corner = (row: number | null | undefined, col: number | null | undefined) => ({
  ...(row === null || row === undefined ? {} : { row }),
  ...(col === null || col === undefined ? {} : { col }),
});

/**
 * The references in a formula as a file or Office.js stores it (English function names, comma
 * separators; with or without the leading '='): A1 cells and ranges, whole rows and columns,
 * structured references and bare names, each with where it sits in the text so that it can be
 * replaced. @borgar/fx tokenizes (strings, numbers, errors, array constants and functions are
 * not references) and reads each reference; this keeps what a refresh needs of them.
 */
export function formulaRefs(formula: string): FormulaRef[] {
  const { text, tokens } = tokensOf(formula);
  const refs: FormulaRef[] = [];
  tokens.forEach((token, k) => {
    const [start, end] = token.loc as [number, number];
    const value = text.slice(start, end);
    if (token.type === tokenTypes.REF_STRUCT) {
      const ref = parseStructRef(value);
      if (!ref) return;
      const columns = ref.columns ?? [];
      refs.push({
        kind: "structured",
        start,
        end,
        // A table belongs to a workbook, not a sheet: a prefix before it names another workbook.
        external: Boolean(ref.workbookName || ref.sheetName),
        ...(ref.table ? { table: ref.table } : {}),
        columns,
        span: columns.length === 2,
        items: (ref.sections ?? []).map((s) => `#${s}`),
      });
      return;
    }
    const isArea = token.type === tokenTypes.REF_RANGE || token.type === tokenTypes.REF_BEAM;
    if (!(isArea && !afterRefError(tokens, k)) && token.type !== tokenTypes.REF_NAMED) return;
    const ref = parseA1Ref(value);
    if (!ref) return;
    // A sheet's name holds no '\' or '/': a prefix with one is another workbook's path.
    const path = /[\\/]/.test(ref.sheetName ?? "");
    const where = { start, end, external: Boolean(ref.workbookName) || path };
    if (!("range" in ref)) {
      const sheet = ref.sheetName && !path ? { sheet: ref.sheetName } : {};
      refs.push({ kind: "name", ...where, ...sheet, name: ref.name });
      return;
    }
    const [sheet, sheetTo] = ref.sheetName && !path ? ref.sheetName.split(":") : [];
    const r = ref.range;
    refs.push({
      kind: "area",
      ...where,
      ...(sheet ? { sheet } : {}),
      ...(sheetTo ? { sheetTo } : {}),
      from: { ...corner(r.top, r.left), rowAbs: Boolean(r.$top), colAbs: Boolean(r.$left) },
      to: { ...corner(r.bottom, r.right), rowAbs: Boolean(r.$bottom), colAbs: Boolean(r.$right) },
      ...(r.trim ? { trim: r.trim } : {}),
    });
  });
  return refs;
}
