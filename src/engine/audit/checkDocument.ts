import { issue, type Issue } from "../issue";
import type { PublishedDocument } from "./auditAll";

/** The sections the audit recomputes. */
const TABLES = [
  "participatiebudget_nieuwe_doelgroepen",
  "lumpsum_per_year",
  "lumpsum_first_period",
  "projection_2021_2025",
] as const;
/** Sections that describe the document and hold no figure to check (as the reference file has). */
const DESCRIPTIVE = new Set([
  "about",
  "unit",
  "note",
  "source",
  "other_published_rules",
  "known_inconsistencies",
]);

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === "object" && x !== null && !Array.isArray(x);
const isRows = (x: unknown, figure?: string): boolean =>
  Array.isArray(x) &&
  x.every((r) => isObject(r) && typeof r.gemeente === "string" && (!figure || figure in r));

/** Whether a section has the shape the audit reads; anything else it would misread or crash on. */
const SHAPES: Record<(typeof TABLES)[number], (x: Record<string, unknown>) => boolean> = {
  participatiebudget_nieuwe_doelgroepen: (x) =>
    Array.isArray(x.years) &&
    x.years.every((y) => Number.isInteger(y)) &&
    isRows(x.rows) &&
    (x.printed_total === undefined || isObject(x.printed_total)),
  lumpsum_per_year: (x) => isRows(x.rows) && isObject(x.printed_total),
  lumpsum_first_period: (x) =>
    isObject(x.period) &&
    typeof x.period.start === "string" &&
    typeof x.period.end === "string" &&
    isRows(x.rows, "amount"),
  projection_2021_2025: () => true,
};

/**
 * A published document as the audit can read it, or the findings that say why not: a document
 * with no table, a section the audit does not know (a misspelt table would otherwise pass
 * unchecked) and a section of the wrong shape are errors, so "everything follows" is only
 * ever said of figures that were checked.
 */
export function checkDocument(doc: unknown): { doc: PublishedDocument; issues: Issue[] } {
  if (!isObject(doc)) return { doc: {}, issues: [issue("AUDIT_DOCUMENT_EMPTY", "error")] };
  const issues: Issue[] = [];
  const kept: Record<string, unknown> = {};
  for (const [name, section] of Object.entries(doc)) {
    const table = TABLES.find((t) => t === name);
    if (!table) {
      if (!DESCRIPTIVE.has(name))
        issues.push(issue("AUDIT_SECTION_UNKNOWN", "error", { table: name }, { name }));
    } else if (!isObject(section) || !SHAPES[table](section))
      issues.push(issue("AUDIT_SECTION_INVALID", "error", { table: name }, { name }));
    else kept[name] = section;
  }
  if (!TABLES.some((t) => t in kept) && issues.length === 0)
    issues.push(issue("AUDIT_DOCUMENT_EMPTY", "error"));
  return { doc: kept as PublishedDocument, issues };
}
