import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { messageText } from "../../engine/formatIssue";
import { hasErrors, issue, type Issue } from "../../engine/issue";
import type { IssueCode, Lang } from "../../engine/messages";
import { isOwnedAnnex } from "../../adapters/xlsx/isOwnedAnnex";
import { openXlsxFile } from "../../adapters/xlsx/openXlsxFile";
import type { XlsxWorkbook } from "../../adapters/xlsx/xlsxWorkbook";
import { renamesText } from "../../app/languageRenames";
import type { RefreshOptions, RefreshPlan } from "../../app/planRefresh";
import { refreshWorkbook } from "../../app/refreshWorkbook";
import { saveAtomically } from "../../adapters/xlsx/saveAtomically";
import { failureIssues, issuesOf } from "../../ports/portError";
import type { Cell } from "../../ports/cell";
import type { OutputTable, WriteOptions } from "../../ports/workbookPort";
import type { CliIo } from "../cliIo";
import { internalError } from "../internalError";
import { issuesJson } from "../issueOutput";
import { oneLine } from "../terminalSafe";
import { pushAll } from "../../engine/pushAll";

/** What happened to one annex file: the plan's findings, checks and tables, and where it went. */
export interface FileOutcome {
  readonly file: string;
  readonly plan?: RefreshPlan;
  readonly issues: ReadonlyArray<Issue>;
  readonly out?: string;
}

/** "2025-01-31T09:00:00Z": the run time in every caption, to the second. */
export const runTime = (): string => new Date().toISOString().replace(/\.\d+Z$/, "Z");

/** One line of progress or summary; a newline in a file name shows as \\n. */
export const say = (code: IssueCode, lang: Lang, params: Record<string, string | number>): string =>
  oneLine(messageText({ code, severity: "info", params }, lang));

/** Findings name the file first, so a run over many files says which one. */
export const inFile = (file: string, issues: ReadonlyArray<Issue>): Issue[] =>
  issues.map((i) => ({ ...i, where: { ...i.where, file } }));

/**
 * One file's work with whatever goes wrong in it ending as that file's finding, so that the
 * next file of the run is still processed: a damaged part is the adapter's finding, anything
 * else an internal error (whose trace goes to `trace`, which prints it under --debug).
 */
export async function guardFile(
  file: string,
  work: () => Promise<FileOutcome>,
  trace: (error: unknown) => void
): Promise<FileOutcome> {
  try {
    return await work();
  } catch (e) {
    const found = issuesOf(e);
    if (!found) trace(e);
    return { file, issues: inFile(file, found ? [...found] : [internalError(e)]) };
  }
}

/** The file as a workbook port, or the finding that says why it cannot be one. */
export async function openAnnex(
  cwd: string,
  file: string
): Promise<{ port?: XlsxWorkbook; issues: Issue[] }> {
  try {
    return { port: await openXlsxFile(resolve(cwd, file)), issues: [] };
  } catch (e) {
    return { issues: [...failureIssues(e)] };
  }
}

const cellJson = (c: Cell): string | boolean | null => (c.t === "blank" ? null : c.v);

const tableJson = (t: OutputTable) => ({
  sheet: t.sheet,
  table: t.table,
  columns: t.columns.map((c) => c.header),
  rows: t.rows.map((r) => r.map(cellJson)),
  totals: t.totalsRow ? t.totalsRow.map(cellJson) : null,
});

/** What a change of the workbook's language renamed, one line: "[1/1] x.xlsx: now English; renamed: sheet …". */
export function renamedText(
  plan: RefreshPlan,
  lang: Lang,
  progress: Record<string, string | number>
): string {
  return say("CLI_FILE_RENAMED", lang, {
    ...progress,
    language: say(plan.sheetLang === "nl" ? "LANGUAGE_NL" : "LANGUAGE_EN", lang, {}),
    renames: renamesText(plan.renames, lang),
  });
}

/** A file failed when its input has errors or a check does not hold. */
export const failed = (o: FileOutcome): boolean =>
  hasErrors(o.issues) || hasErrors(o.plan?.checks ?? []);

/** Output tables that differ from what a refresh would write, or are missing (`check` looks). */
const STALE_CODES: ReadonlySet<IssueCode> = new Set(["OUTPUT_STALE", "OUTPUT_ABSENT"]);

/** A file without errors whose output a refresh would change. */
export const stale = (o: FileOutcome): boolean =>
  !failed(o) && o.issues.some((i) => STALE_CODES.has(i.code));

/** The JSON contract of `refresh` and `check`: one entry per file, then the summary. */
export function outcomesJson(outcomes: ReadonlyArray<FileOutcome>, lang: Lang) {
  const failures = outcomes.filter(failed).length;
  return {
    files: outcomes.map((o) => ({
      file: o.file,
      ok: !failed(o),
      stale: stale(o),
      written: o.out !== undefined,
      out: o.out ?? null,
      issues: issuesJson(o.issues, lang),
      checks: issuesJson(o.plan?.checks ?? [], lang),
      sheetLang: o.plan?.sheetLang ?? null,
      renames: o.plan?.renames ?? [],
      tables: (o.plan?.tables ?? []).map(tableJson),
    })),
    summary: {
      files: outcomes.length,
      ok: outcomes.length - failures,
      failed: failures,
      stale: outcomes.filter(stale).length,
    },
  };
}

export function printSummary(io: CliIo, outcomes: ReadonlyArray<FileOutcome>, lang: Lang): void {
  const failures = outcomes.filter(failed).length;
  io.stdout(
    say("CLI_SUMMARY", lang, {
      ok: outcomes.length - failures,
      count: outcomes.length,
      failed: failures,
    }) + "\n"
  );
}

export const counts = (issues: ReadonlyArray<Issue>) => ({
  errors: issues.filter((i) => i.severity === "error").length,
  warnings: issues.filter((i) => i.severity === "warning").length,
});

/**
 * Why `out` must not be written: it exists, is not `file` itself, and is not an annex a refresh
 * wrote (it has no record of ours), so it may be anything a person keeps (--force overrides).
 */
async function outRefusal(cwd: string, file: string, out: string): Promise<Issue | undefined> {
  const path = resolve(cwd, out);
  // Through links: a broken link is no file here, and the save refuses it by name.
  const existing = await stat(path).catch((e: NodeJS.ErrnoException) =>
    e.code === "ENOENT" ? undefined : null
  );
  if (existing === undefined) return undefined;
  const input = await stat(resolve(cwd, file)).catch(() => undefined);
  if (existing && input && existing.dev === input.dev && existing.ino === input.ino)
    return undefined;
  const ours = existing !== null && (await isOwnedAnnex(path, existing));
  return ours ? undefined : issue("PKG_OUT_EXISTS", "error", { file: out });
}

/**
 * Opens, refreshes and saves one file atomically (to `out` when given, which must be new, an
 * annex of ours, or `force`d); its outcome either way. `force` is the one confirmation of the
 * command (--force): --out may replace a file that is not an annex of ours, and the write goes
 * past what WriteOptions.force overrides.
 */
export async function refreshFile(
  cwd: string,
  file: string,
  out: string | undefined,
  options: RefreshOptions & WriteOptions
): Promise<FileOutcome> {
  const refused = out === undefined || options.force ? undefined : await outRefusal(cwd, file, out);
  if (refused) return { file, issues: [refused] };
  const opened = await openAnnex(cwd, file);
  if (!opened.port) return { file, issues: inFile(file, opened.issues) };
  const result = await refreshWorkbook(opened.port, options);
  const issues: Issue[] = inFile(file, result.issues);
  if (!result.written) return { file, plan: result, issues };
  const target = out ?? file;
  try {
    pushAll(issues, await saveAtomically(resolve(cwd, target), opened.port.toBytes()));
    return { file, plan: result, issues, out: target };
  } catch (e) {
    return { file, plan: result, issues: [...issues, ...inFile(target, failureIssues(e))] };
  }
}
