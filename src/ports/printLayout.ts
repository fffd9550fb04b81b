import { parseSheetRange, type RangeRef } from "./a1";
import type { Cell } from "./cell";
import type { LaidOutTable } from "./outputLayout";
import type { OutFormat, OutputTable } from "./workbookPort";

/*
 * Widths are in Excel's column unit (the width of a '0' in the default font, Calibri 11: 7 px),
 * heights in points. An A4 page with the margins below holds about 98 units across in portrait
 * and 145 in landscape at 100 %.
 */
const PORTRAIT_UNITS = 98;
/** A table wider than this prints in landscape: in portrait it would shrink below ~90 %. */
const LANDSCAPE_ABOVE = PORTRAIT_UNITS * 1.1;
const MIN_WIDTH = 8;
/** A text column is never wider than this; longer texts wrap within it. */
export const MAX_TEXT_WIDTH = 60;
/** The filter button Excel shows in a table's header cell, and the cell's padding. */
const HEADER_EXTRA = 3;
const PADDING = 2;
/**
 * The room for text in cells `widths` wide, in units: Excel makes a column 7 px a unit plus 5 px,
 * keeps 2 px clear on either side, and Calibri 11's digit is 7.43 px wide (0.507 em of 14.67 px).
 */
const roomOf = (...widths: number[]): number =>
  (widths.reduce((px, w) => px + w * 7 + 5, 0) - 4) / 7.43;
const NUMBER_GAP = 1;
/** One line of Calibri 11, as Excel sizes a row. */
export const LINE_HEIGHT = 15;
/** Excel's tallest row, in points: a text that needs more is cut there, as Excel cuts it. */
const MAX_ROW_HEIGHT = 409;
const rowHeight = (lines: number): number => Math.min(lines * LINE_HEIGHT, MAX_ROW_HEIGHT);
/**
 * Characters' widths in units (a digit's width), by kind, after Calibri's (and its metric twin
 * Carlito's) advance widths: narrow punctuation and i, l, j; f, t, r; digits and the euro sign;
 * m and w; capitals; the rest of the lower case. Bold is about 5 % wider. A line is filled to 97 %
 * of its room, so a text measured a little short still fits.
 */
const WIDTHS: ReadonlyArray<[RegExp, number]> = [
  [/[ \u00a0]/, 0.45],
  [/[.,:;'!|]/, 0.5],
  [/[ijlI]/, 0.47],
  [/[ftr()[\]-]/, 0.65],
  [/[sz/]/, 0.8],
  [/[0-9€$#]/, 1],
  [/[mw]/, 1.5],
  [/[MW%]/, 1.6],
  [/[A-Z]/, 1.15],
  [/[a-z]/, 0.97],
];
const BOLD = 1.05;
const FILL = 0.97;

const charWidth = (ch: string): number => WIDTHS.find(([re]) => re.test(ch))?.[1] ?? 1;
// Every class above lies in Latin-1: its widths looked up by code unit, not by testing ten
// patterns per character (a refresh measures every cell it writes); the rest are 1.
const LATIN1_WIDTHS = Float64Array.from({ length: 256 }, (_, c) =>
  charWidth(String.fromCharCode(c))
);

/** The width of a text in units, on one line. */
export function textWidth(text: string, bold = false): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A character beyond U+FFFF is two code units and one character of width 1.
    if (c >= 0xdc00 && c <= 0xdfff && i > 0 && isHighSurrogate(text.charCodeAt(i - 1))) continue;
    width += c < 256 ? LATIN1_WIDTHS[c]! : 1;
  }
  return bold ? width * BOLD : width;
}

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;

/** Page margins of an owned sheet, in inches (Excel's "narrow" left and right, normal top and bottom). */
export const PAGE_MARGINS = {
  left: 0.5,
  right: 0.5,
  top: 0.75,
  bottom: 0.75,
  header: 0.3,
  footer: 0.3,
} as const;

/** How an owned sheet shows and prints, the same on every host. */
export interface PrintLayout {
  /** Per table column, its width. */
  readonly widths: ReadonlyArray<number>;
  /** Per table column: its texts wrap within the column (the checks of Controle). */
  readonly wrapped: ReadonlyArray<boolean>;
  /** Per table column: it holds numbers, so its header is aligned right, over them. */
  readonly numeric: ReadonlyArray<boolean>;
  /**
   * Rows that hold wrapped text and their heights, which Excel and LibreOffice only work out
   * again when a cell is edited: the header (its words wrap over two lines) and the rows of a
   * table with wrapped columns.
   */
  readonly rowHeights: ReadonlyMap<number, number>;
  /** Too wide for a portrait page. */
  readonly landscape: boolean;
  /** The sheet row (0-based) repeated at the top of every printed page: the table's header. */
  readonly titleRow: number;
  /**
   * Per caption line: the cells it spans (the table's width, merged so the line wraps there
   * instead of running past the table and being cut at the page's edge) and the row height
   * that shows all its lines (Excel does not size a row to a merged cell's text).
   */
  readonly caption: ReadonlyArray<{ readonly range: RangeRef; readonly height: number }>;
  /** Cells whose text starts with a place in the workbook ('P-budget'!B10: …), linked to it. */
  readonly links: ReadonlyArray<{
    readonly row: number;
    readonly col: number;
    readonly target: string;
  }>;
}

/** How many characters the integer part of a decimal text has after moving its point `shift` places right. */
function integerDigits(v: string, shift: number): number {
  const start = v.startsWith("-") || v.startsWith("+") ? 1 : 0;
  const point = v.indexOf(".");
  const int = (point < 0 ? v.length : point) - start;
  const moved = int + shift;
  // Leading zeros go (one digit stays): the integer part's, then the fraction's, padded with zeros.
  let leading = 0;
  while (leading < moved - 1) {
    const k = leading;
    const d = k < int ? v[start + k] : point < 0 ? "0" : (v[point + 1 + k - int] ?? "0");
    if (d !== "0") break;
    leading++;
  }
  return moved - leading;
}

/** A sheet-qualified cell or range at the start of a text, alone or before ": " (how Controle names a place). */
const PLACE =
  /^(?:'(?:[^']|'')+'|[^\s'!:]+)!\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?(?=:|$)/;

/** The place a text names first, as a link target ("'P-budget'!B10"), or undefined. */
export function placeTarget(text: string): string | undefined {
  const place = PLACE.exec(text)?.[0];
  return place && parseSheetRange(place) ? place : undefined;
}

/** Digits with the thousands separators between their groups of three. */
const grouped = (n: number): number => n + Math.floor((n - 1) / 3);

/** About how wide a cell shows with its column's format ("€ 1.883.249", "50,58%"). */
function shownWidth(cell: Cell | undefined, format: OutFormat): number {
  if (!cell || cell.t === "blank") return 0;
  if (cell.t !== "n") return textWidth(String(cell.v));
  const sign = cell.v.startsWith("-") ? 1 : 0;
  switch (format) {
    case "eur0":
      return sign + 2 + grouped(integerDigits(cell.v, 0));
    case "eur2":
      return sign + 2 + grouped(integerDigits(cell.v, 0)) + 3;
    case "pct":
      return sign + integerDigits(cell.v, 2) + 4;
    case "pct4":
      return sign + integerDigits(cell.v, 2) + 6;
    case "date":
      return 10;
    default:
      return cell.v.length;
  }
}

/**
 * How many lines a text takes in a cell `room` units wide, wrapped at spaces as Excel wraps (a
 * word longer than the line is broken).
 */
export function wrappedLines(text: string, room: number, bold = false): number {
  const width = room * FILL;
  const space = textWidth(" ", bold);
  let lines = 1;
  let used = 0;
  for (const word of text.split(/ +/)) {
    const w = textWidth(word, bold);
    if (used > 0 && used + space + w <= width) used += space + w;
    else {
      if (used > 0) lines++;
      used = w;
      while (used > width) {
        lines++;
        used -= width;
      }
    }
  }
  return lines;
}

/** A header as narrow as two lines allow (it wraps at a space), plus its filter button. */
function headerWidth(header: string): number {
  const words = header.split(" ");
  let best = textWidth(header, true);
  for (let k = 1; k < words.length; k++)
    best = Math.min(
      best,
      Math.max(
        textWidth(words.slice(0, k).join(" "), true),
        textWidth(words.slice(k).join(" "), true)
      )
    );
  return Math.ceil(best / FILL) + HEADER_EXTRA;
}

/** Caption line `r` merged from the table's first column to `last`, and the height its text needs there. */
function captionLine(
  laid: Pick<LaidOutTable, "cells" | "ref">,
  widths: ReadonlyArray<number>,
  r: number,
  last: number
): PrintLayout["caption"][number] {
  const first = laid.ref.start.col;
  const cell = laid.cells[r]?.[first];
  const spanned = widths.slice(0, last - first + 1);
  return {
    range: { start: { row: r, col: first }, end: { row: r, col: last } },
    height: rowHeight(wrappedLines(cell?.t === "s" ? cell.v : "", roomOf(...spanned), r === 0)),
  };
}

/**
 * The layout with each caption line merged only across cells free for it, up to the first of
 * `taken` (a person's cells or merged areas) to its right in its row: a note a person typed
 * beside a caption stays where it is, and the line wraps in the room left.
 */
export function captionRoom(laid: LaidOutTable, taken: ReadonlyArray<RangeRef>): LaidOutTable {
  const { ref, print } = laid;
  const first = ref.start.col;
  let changed = false;
  const caption = print.caption.map((line, r) => {
    const blocking = taken
      .filter((t) => t.start.row <= r && t.end.row >= r && t.end.col > first)
      .map((t) => Math.max(t.start.col, first + 1));
    const last = Math.min(ref.end.col, ...blocking.map((c) => c - 1));
    if (last === line.range.end.col) return line;
    changed = true;
    return captionLine(laid, print.widths, r, last);
  });
  return changed ? { ...laid, print: { ...print, caption } } : laid;
}

/**
 * The print and display layout of an owned table on its sheet: column widths from what the
 * cells show, long texts wrapped, numeric headers over their numbers, landscape when the table
 * is wide, its header repeated on every page, the caption wrapped across the table's width, and
 * places linked. The hosts add "fit to one page wide" on A4 and the footer.
 */
export function printLayout(
  output: OutputTable,
  laid: Pick<LaidOutTable, "cells" | "ref" | "captionRows">
): PrintLayout {
  const { ref } = laid;
  const first = ref.start.col;
  const body = laid.cells.slice(ref.start.row + 1, ref.end.row + 1);
  const formats = output.columns.map((c) => c.format);
  const longest = formats.map((format, k) =>
    body.reduce((most, row) => Math.max(most, shownWidth(row[first + k], format)), 0)
  );
  const wrapped = formats.map((f, k) => f === "text" && longest[k]! + PADDING > MAX_TEXT_WIDTH);
  // A header aligned right over numbers keeps a gap to the column before it, so two headers never read as one.
  const narrow = output.columns.map(
    (c, k) =>
      Math.ceil(
        Math.min(Math.max(headerWidth(c.header), longest[k]! + PADDING, MIN_WIDTH), MAX_TEXT_WIDTH)
      ) + (formats[k] === "text" ? 0 : NUMBER_GAP)
  );
  // Wrapped columns share what a portrait page has to spare, so their texts take fewer lines.
  const spare = Math.max(0, PORTRAIT_UNITS - narrow.reduce((s, w) => s + w, 0));
  const share = Math.floor(spare / Math.max(1, wrapped.filter(Boolean).length));
  const widths = narrow.map((w, k) => (wrapped[k] ? w + share : w));
  const total = widths.reduce((s, w) => s + w, 0);
  // Excel wraps a header across the whole cell, its filter button drawn over it (and not printed).
  const headerLines = Math.max(
    ...output.columns.map((c, k) => wrappedLines(c.header, roomOf(widths[k]!), true))
  );
  const rowHeights = new Map([
    [ref.start.row, rowHeight(headerLines)],
    ...(wrapped.some(Boolean)
      ? body.map((row, r): [number, number] => [
          ref.start.row + 1 + r,
          rowHeight(
            Math.max(
              1,
              ...wrapped.map((w, k) => {
                const cell = row[first + k];
                return w && cell?.t === "s" ? wrappedLines(cell.v, roomOf(widths[k]!)) : 1;
              })
            )
          ),
        ])
      : []),
  ]);
  const caption = laid.cells
    .slice(0, laid.captionRows)
    .map((_, r) => captionLine(laid, widths, r, ref.end.col));
  const links: Array<PrintLayout["links"][number]> = [];
  body.forEach((row, r) =>
    row.forEach((cell, c) => {
      const target = cell.t === "s" ? placeTarget(cell.v) : undefined;
      if (c >= first && target) links.push({ row: ref.start.row + 1 + r, col: c, target });
    })
  );
  return {
    widths,
    wrapped,
    numeric: formats.map((f) => f !== "text"),
    rowHeights,
    landscape: total > LANDSCAPE_ABOVE,
    titleRow: ref.start.row,
    caption,
    links,
  };
}
