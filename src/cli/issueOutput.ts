import { formatIssue, messageText } from "../engine/formatIssue";
import { hasErrors, type Issue } from "../engine/issue";
import { normalizeName } from "../engine/normalizeName";
import type { Lang } from "../engine/messages";
import { EXIT_INPUT, EXIT_OK, type CliIo } from "./cliIo";
import { jsonDocument, jsonText, writeChunks } from "./jsonText";
import { oneLine } from "./terminalSafe";

/** Issues in the JSON contract: the code, severity, where and params, plus the sentence. */
export const issuesJson = (issues: ReadonlyArray<Issue>, lang: Lang) =>
  issues.map((i) => ({
    code: i.code,
    severity: i.severity,
    where: i.where ?? {},
    params: i.params ?? {},
    message: messageText(i, lang),
  }));

/** Every finding on stderr, one a line (a newline in a name or value is shown as \\n), each naming where it is. */
export function printIssues(io: CliIo, issues: ReadonlyArray<Issue>, lang: Lang): void {
  for (const i of issues)
    io.stderr(
      `${i.severity === "error" ? (lang === "nl" ? "fout" : "error") : lang === "nl" ? "waarschuwing" : "warning"}: ${oneLine(formatIssue(i, lang))}\n`
    );
}

/**
 * Ends a command the same way everywhere: the issues always as sentences on stderr; on errors
 * also as JSON on stdout when asked, and exit 1; otherwise the result as JSON or as text,
 * written as it is made (a renderer may return its rows lazily), never as one huge string.
 */
export function finish<T>(
  io: CliIo,
  options: { json: boolean; lang: Lang },
  issues: ReadonlyArray<Issue>,
  value: T | undefined,
  render: { json: (v: T) => object; text: (v: T) => string | Iterable<string> }
): number {
  const { json, lang } = options;
  if (value === undefined || hasErrors(issues)) {
    if (json) io.stdout(jsonText({ issues: issuesJson(issues, lang) }));
    printIssues(io, issues, lang);
    return EXIT_INPUT;
  }
  // Warnings go to stderr with --json too (the README's exit-code contract), so a script that
  // reads only stdout still leaves them in its log.
  printIssues(io, issues, lang);
  if (!json) writeChunks(io.stdout, render.text(value));
  else
    writeChunks(
      io.stdout,
      jsonDocument({ ...render.json(value), issues: issuesJson(issues, lang) })
    );
  return EXIT_OK;
}

/**
 * The engine names rows by municipality; a CSV user wants the file and line (header = 1), and
 * the column: the name column for a finding about the name (twice, missing), else the amount's.
 * A name found twice is found in every year's column: said once, at its line.
 */
export function atCsvLines(
  issues: ReadonlyArray<Issue>,
  file: string,
  rows: ReadonlyArray<{ name: string }>,
  columns: { readonly name?: string; readonly amount?: string } = {}
): Issue[] {
  // No map of a million names for a run without findings.
  if (issues.length === 0) return [];
  const lines = new Map(rows.map((r, i) => [normalizeName(r.name), i + 2]));
  // A row without a name is "#n" to the engine (its n-th row); a municipality the file does not
  // list (a merger's other participant) has no line of its own.
  const lineOf = (row: string): number | undefined =>
    lines.get(row) ?? (/^#\d+$/.test(row) ? Number(row.slice(1)) + 1 : undefined);
  const said = new Set<string>();
  return issues.flatMap((i) => {
    const row = i.where?.row === undefined ? undefined : lineOf(String(i.where.row));
    const column = i.code.startsWith("NAME_") ? columns.name : columns.amount;
    const placed = {
      ...i,
      where: {
        ...omitRow(i.where),
        file,
        ...(row === undefined ? {} : { row }),
        ...(column ? { column } : {}),
      },
    };
    const key = JSON.stringify(placed);
    if (said.has(key)) return [];
    said.add(key);
    return [placed];
  });
}

const omitRow = (where: Issue["where"]) => {
  const { row: _row, ...rest } = where ?? {};
  return rest;
};
