import { a1, parseA1 } from "../../ports/a1";
import { translateFormula } from "../../ports/referenceEdits";
import { decodeEntities, localName, scanXml, tagAttributes } from "./scanXml";
import { escapeXml } from "./xmlEscape";
import { applySplices, type Splice } from "./xmlOutline";

/** Where a text sits in the part: between a start tag's end and its end tag's start. */
interface Span {
  readonly start: number;
  readonly end: number;
}

/** A cell's <f> element: where it is, what it says, and its shared-formula group. */
interface CellFormula {
  readonly row: number;
  readonly col: number;
  /** The whole element, from '<f' to after '</f>' or '/>'. */
  readonly element: Span;
  readonly text?: Span;
  readonly type: string;
  readonly si?: string;
}

/** A data validation, conditional format or sparkline: its formulas and the cells it covers. */
interface Rule {
  readonly kind: "validation" | "format" | "sparkline";
  readonly formulas: Span[];
  /** sqref as an attribute value or as the text of an xm:sqref element. */
  sqref?: Span;
  readonly element: Span;
}

/** A formula a worksheet holds, at the place a finding names. */
export interface WorksheetSite {
  readonly kind: "cell" | Rule["kind"];
  /** A1 of the cell, or the cells a rule covers (its sqref). */
  readonly place: string;
  /** As it reads at that place (a shared formula translated to its cell). */
  readonly formula: string;
}

const RULE_CONTAINERS: Readonly<Record<string, Rule["kind"]>> = {
  dataValidation: "validation",
  conditionalFormatting: "format",
  sparkline: "sparkline",
};
const FORMULA_ELEMENTS = new Set(["formula", "formula1", "formula2", "f"]);

interface Walk {
  readonly cells: CellFormula[];
  readonly rules: Rule[];
}

/** An element whose text the walk keeps: a cell's <f>, a rule's formula, a rule's xm:sqref. */
interface Capture {
  readonly what: "cell" | "rule" | "sqref";
  readonly start: number;
  readonly openEnd: number;
  readonly cell?: Omit<CellFormula, "element" | "text">;
  /** A formula element that turned out to wrap another (x14:formula1 around xm:f): not a formula itself. */
  wraps?: boolean;
}

/** Every cell formula and every rule formula of a worksheet part, with their offsets. */
function walk(xml: string): Walk {
  const cells: CellFormula[] = [];
  const rules: Rule[] = [];
  const path: string[] = [];
  const captures: Capture[] = [];
  const openRules: Rule[] = [];
  let cellAt: { row: number; col: number } | undefined;
  let row = -1;
  let nextCol = 0;
  scanXml(xml, {
    open: (name, tag, start, end, selfClosing) => {
      const local = localName(name);
      const parent = path[path.length - 1];
      if (local === "row" && parent === "sheetData") {
        const r = tagAttributes(tag).get("r");
        row = r === undefined ? row + 1 : Number(r) - 1;
        nextCol = 0;
      } else if (local === "c" && parent === "row") {
        const r = tagAttributes(tag).get("r");
        cellAt = (r !== undefined ? parseA1(r) : undefined) ?? { row, col: nextCol };
        nextCol = cellAt.col + 1;
      } else if (local === "f" && parent === "c" && cellAt) {
        const attributes = tagAttributes(tag);
        const cell = {
          ...cellAt,
          type: attributes.get("t") ?? "normal",
          ...(attributes.has("si") ? { si: attributes.get("si")! } : {}),
        };
        if (selfClosing) cells.push({ ...cell, element: { start, end } });
        else captures.push({ what: "cell", start, openEnd: end, cell });
      } else if (local in RULE_CONTAINERS) {
        const rule: Rule = { kind: RULE_CONTAINERS[local]!, formulas: [], element: { start, end } };
        const sqref = /\bsqref\s*=\s*"([^"]*)"/.exec(tag);
        if (sqref) {
          const at = start + sqref.index + sqref[0].length - sqref[1]!.length - 1;
          rule.sqref = { start: at, end: at + sqref[1]!.length };
        }
        if (selfClosing) rules.push(rule);
        else openRules.push(rule);
      } else if (
        openRules.length &&
        !selfClosing &&
        (FORMULA_ELEMENTS.has(local) || local === "sqref")
      ) {
        const outer = captures[captures.length - 1];
        if (outer?.what === "rule") outer.wraps = true;
        captures.push({ what: local === "sqref" ? "sqref" : "rule", start, openEnd: end });
      }
      if (!selfClosing) path.push(local);
    },
    close: (name, start, end) => {
      const local = localName(name);
      path.pop();
      const top = captures[captures.length - 1];
      if (top && (local === "f" || FORMULA_ELEMENTS.has(local) || local === "sqref")) {
        captures.pop();
        const text = { start: top.openEnd, end: start };
        const rule = openRules[openRules.length - 1];
        if (top.what === "cell")
          cells.push({ ...top.cell!, element: { start: top.start, end }, text });
        else if (top.what === "sqref" && rule) rule.sqref = text;
        else if (!top.wraps && rule) rule.formulas.push(text);
      } else if (local in RULE_CONTAINERS) {
        const rule = openRules.pop();
        if (rule) rules.push({ ...rule, element: { start: rule.element.start, end } });
      } else if (local === "c") cellAt = undefined;
    },
  });
  return { cells, rules };
}

const textOf = (xml: string, span: Span | undefined): string =>
  span ? decodeEntities(xml.slice(span.start, span.end)) : "";

/** Each cell's formula as it reads there: shared formulas translated from their group's first cell. */
function cellTexts(xml: string, cells: ReadonlyArray<CellFormula>): string[] {
  const masters = new Map<string, CellFormula>();
  for (const c of cells)
    if (c.type === "shared" && c.text && c.si !== undefined) masters.set(c.si, c);
  return cells.map((c) => {
    if (c.type === "shared" && !c.text && c.si !== undefined) {
      const master = masters.get(c.si);
      return master
        ? translateFormula(textOf(xml, master.text), c.row - master.row, c.col - master.col)
        : "";
    }
    return textOf(xml, c.text);
  });
}

/** The cells of a worksheet part that hold a formula (A1). */
export const formulaCells = (xml: string): string[] => walk(xml).cells.map((c) => a1(c));

/** Every formula of a worksheet part, at the place a finding names. */
export function worksheetSites(xml: string): WorksheetSite[] {
  const { cells, rules } = walk(xml);
  const texts = cellTexts(xml, cells);
  return [
    ...cells
      .map((c, k) => ({ kind: "cell" as const, place: a1(c), formula: texts[k]! }))
      .filter((s) => s.formula !== ""),
    ...rules.flatMap((r) =>
      r.formulas.map((f) => ({
        kind: r.kind,
        place: textOf(xml, r.sqref),
        formula: textOf(xml, f),
      }))
    ),
  ];
}

export interface WorksheetEdit {
  /** A formula's new text (it reads at a cell, or at the top-left of a rule's cells), or undefined to keep it. */
  readonly formula: (formula: string) => string | undefined;
  /** A rule's cells moved (this sheet's own columns shifted), undefined to keep, null when none are left. */
  readonly sqref?: (sqref: string) => string | undefined | null;
  /** Write every shared formula out cell by cell (cells of its group are about to be dropped). */
  readonly unshareAll?: boolean;
}

/**
 * The worksheet part with `edit` applied to every cell formula and rule, or undefined when
 * nothing changes. A shared formula whose text changes in any of its cells is written out in
 * each cell of the group (it no longer reads the same everywhere); a rule left with no cells
 * is removed, as Excel removes it.
 */
export function editWorksheet(xml: string, edit: WorksheetEdit): string | undefined {
  const { cells, rules } = walk(xml);
  const texts = cellTexts(xml, cells);
  const edited = texts.map((t) => (t === "" ? undefined : edit.formula(t)));
  const splitGroups = new Set<string>();
  cells.forEach((c, k) => {
    if (c.type === "shared" && c.si !== undefined && (edit.unshareAll || edited[k] !== undefined))
      splitGroups.add(c.si);
  });
  const splices: Splice[] = [];
  cells.forEach((c, k) => {
    const text = edited[k] ?? texts[k]!;
    if (c.type === "shared" && c.si !== undefined && splitGroups.has(c.si)) {
      if (text !== "")
        splices.push({
          at: c.element.start,
          remove: c.element.end - c.element.start,
          insert: `<f>${escapeXml(text)}</f>`,
        });
    } else if (edited[k] !== undefined && c.text) {
      splices.push({
        at: c.text.start,
        remove: c.text.end - c.text.start,
        insert: escapeXml(edited[k]!),
      });
    }
  });
  for (const rule of rules) {
    const sqref = rule.sqref && edit.sqref?.(textOf(xml, rule.sqref));
    if (sqref === null) {
      splices.push({
        at: rule.element.start,
        remove: rule.element.end - rule.element.start,
        insert: "",
      });
      continue;
    }
    if (sqref !== undefined && rule.sqref)
      splices.push({
        at: rule.sqref.start,
        remove: rule.sqref.end - rule.sqref.start,
        insert: escapeXml(sqref),
      });
    for (const f of rule.formulas) {
      const next = edit.formula(textOf(xml, f));
      if (next !== undefined)
        splices.push({ at: f.start, remove: f.end - f.start, insert: escapeXml(next) });
    }
  }
  return splices.length ? applySplices(xml, splices) : undefined;
}
