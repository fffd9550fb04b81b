/** What the brackets of a structured reference select. */
export interface StructuredSpec {
  /** Column names as the table's headers spell them (escapes removed); two for a [A]:[C] span. */
  readonly columns: ReadonlyArray<string>;
  /** True for a [A]:[C] span: every column from the first to the second. */
  readonly span: boolean;
  /** Special items, lower case: '#all', '#data', '#headers', '#totals', '#this row' ('@' is '#this row'). */
  readonly items: ReadonlyArray<string>;
}

/** A column name inside brackets: an apostrophe escapes the next character ('[ '] '# '' '@). */
const unescape = (raw: string): string => raw.replace(/'(.)/g, "$1");

/** The bracketed parts at the top level of `inner`, with the separators between them. */
function parts(inner: string): { texts: string[]; seps: string[] } {
  const texts: string[] = [];
  const seps: string[] = [];
  let i = 0;
  while (i < inner.length) {
    const c = inner[i]!;
    if (c === "[") {
      let j = i + 1;
      for (; j < inner.length && inner[j] !== "]"; j++) if (inner[j] === "'") j++;
      texts.push(inner.slice(i + 1, j));
      i = j + 1;
    } else if (c === "," || c === ":") {
      seps.push(c);
      i++;
    } else if (c === "@") {
      texts.push("#This Row");
      i++;
    } else i++;
  }
  return { texts, seps };
}

/**
 * The brackets of a structured reference ("[Lumpsum 2021]", "[[#Totals],[A]:[C]]", "[@Col]",
 * "[]") as columns and special items. An empty selection ("[]" or a bare table name) is the
 * data body.
 */
export function parseStructured(brackets: string): StructuredSpec {
  const inner = brackets.slice(1, -1);
  if (!/(^|[^'])\[/.test(inner)) {
    const simple = inner.trim();
    if (simple === "") return { columns: [], span: false, items: [] };
    if (simple.startsWith("#")) return { columns: [], span: false, items: [simple.toLowerCase()] };
    if (simple.startsWith("@")) {
      const column = simple.slice(1);
      return { columns: column ? [unescape(column)] : [], span: false, items: ["#this row"] };
    }
    return { columns: [unescape(inner)], span: false, items: [] };
  }
  const { texts, seps } = parts(inner);
  const items = texts.filter((t) => t.startsWith("#")).map((t) => t.toLowerCase());
  const columns = texts.filter((t) => !t.startsWith("#")).map(unescape);
  return { columns, span: seps.includes(":") && columns.length === 2, items };
}

/** A column name as written inside brackets: '[', ']', '#' and an apostrophe escaped with an apostrophe. */
const escapeColumn = (name: string): string => name.replace(/(['#[\]])/g, "'$1");

/**
 * The brackets of a structured reference with the columns `rename` gives a new name written
 * anew ("[Lumpsum 2021]" → "[Lump sum 2021]", "[[#Totals],[Gemeente]:[Aandeel 2021]]", "[@Plaats]"),
 * special items and everything else as written.
 */
export function renameStructuredColumns(
  brackets: string,
  rename: (column: string) => string | undefined
): string {
  const inner = brackets.slice(1, -1);
  if (!/(^|[^'])\[/.test(inner)) {
    const at = inner.startsWith("@") ? 1 : 0;
    const name = inner.slice(at);
    if (name.trim() === "" || name.trim().startsWith("#")) return brackets;
    const to = rename(unescape(name));
    return to === undefined ? brackets : `[${inner.slice(0, at)}${escapeColumn(to)}]`;
  }
  let out = "";
  let i = 0;
  while (i < inner.length) {
    if (inner[i] !== "[") {
      out += inner[i++];
      continue;
    }
    let j = i + 1;
    for (; j < inner.length && inner[j] !== "]"; j++) if (inner[j] === "'") j++;
    const text = inner.slice(i + 1, j);
    const to = text.startsWith("#") ? undefined : rename(unescape(text));
    out += to === undefined ? inner.slice(i, j + 1) : `[${escapeColumn(to)}]`;
    i = j + 1;
  }
  return `[${out}]`;
}
