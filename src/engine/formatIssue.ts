import type { Issue, Where } from "./issue";
import { catalogue, type Lang } from "./messages";

const fill = (template: string, params: Readonly<Record<string, string | number>> = {}): string =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in params ? String(params[key]) : whole
  );

/** `file: Sheet!B10` / `table P-budget, row Oss, column 2021`: the place a user can go and look. */
export function formatWhere(where: Where | undefined, lang: Lang): string {
  if (!where) return "";
  const parts: string[] = [];
  if (where.file) parts.push(where.file);
  if (where.option) parts.push(where.option);
  if (where.sheet || where.cell) {
    const sheet = where.sheet
      ? /[^A-Za-z0-9_]/.test(where.sheet)
        ? `'${where.sheet}'`
        : where.sheet
      : "";
    parts.push(where.cell ? (sheet ? `${sheet}!${where.cell}` : where.cell) : sheet);
  }
  const words =
    lang === "nl"
      ? { table: "tabel", row: "rij", column: "kolom" }
      : { table: "table", row: "row", column: "column" };
  const tableBits: string[] = [];
  if (where.table) tableBits.push(`${words.table} ${where.table}`);
  if (where.row !== undefined) tableBits.push(`${words.row} ${where.row}`);
  if (where.column) tableBits.push(`${words.column} ${where.column}`);
  if (tableBits.length) parts.push(tableBits.join(", "));
  return parts.join(": ");
}

/** The finding as a sentence in the user's language, prefixed with where it is. */
export function formatIssue(issue: Issue, lang: Lang): string {
  const text = fill(catalogue[issue.code][lang], issue.params);
  const where = formatWhere(issue.where, lang);
  return where ? `${where}: ${text}` : text;
}

export function messageText(issue: Issue, lang: Lang): string {
  return fill(catalogue[issue.code][lang], issue.params);
}
