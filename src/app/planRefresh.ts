import { hasErrors, issue, type Issue } from "../engine/issue";
import type { Lang } from "../engine/messages";
import type { Merger } from "../engine/structure/merger";
import type { Basis } from "../engine/yearSlices";
import { ANNEX_READS } from "../ports/annexLayout";
import { issuesOf } from "../ports/portError";
import type { OutputTable, WorkbookPort } from "../ports/workbookPort";
import { controleTable, perYearTable, periodOutputTable, restatedTable } from "./annexTables";
import { auditAnnex } from "./auditAnnex";
import { computeAnnex } from "./computeAnnex";
import { readAnnex } from "./readAnnex";
import { parseSettings, settingsJson } from "./refreshSettings";
import { pushAll } from "../engine/pushAll";
import { languageRenames, type Rename } from "./languageRenames";

export interface RefreshOptions {
  /** When the refresh runs, as the captions state it (e.g. 2025-01-31T09:00:00Z). */
  readonly runTime: string;
  readonly toolVersion: string;
  /**
   * The reader's language: the findings and checks the plan returns are said in it. A workbook
   * that has no language yet (never refreshed) is written in it too.
   */
  readonly lang?: Lang;
  /**
   * Change the workbook's language on purpose: its owned sheets, tables and columns are renamed
   * (RefreshPlan.renames says which) and every text on them is written in it. Without it a
   * refresh writes in the language the workbook has, whatever the reader's.
   */
  readonly sheetLang?: Lang;
  /** Override what the workbook's stored settings say; else months and whole euros. */
  readonly basis?: Basis;
  readonly decimals?: number;
  /** Mergers beyond the built-in ones and the table Fusies (the command's --mergers file). */
  readonly mergers?: ReadonlyArray<Merger>;
}

export interface RefreshPlan {
  /** No errors in the inputs and every check holds: the tables may be written. */
  readonly ok: boolean;
  /** Findings about the inputs and the computation; the warnings are also on Controle. */
  readonly issues: ReadonlyArray<Issue>;
  /** The checks of Controle, master check first (empty when the inputs have errors). */
  readonly checks: ReadonlyArray<Issue>;
  /**
   * The owned tables, as they will be written: per year, the period (if any), the amounts under
   * today's municipalities (when a merger joins rows), Controle.
   */
  readonly tables: ReadonlyArray<OutputTable>;
  readonly settings: string;
  /** The reader's language (findings, checks). */
  readonly lang: Lang;
  /** The workbook's language: what its owned sheets are written in. */
  readonly sheetLang: Lang;
  /** What changing the workbook's language renames, as it stands now; empty when it stays. */
  readonly renames: ReadonlyArray<Rename>;
}

/**
 * Everything a refresh does except writing: read → decode → validate → compute → check →
 * encode. The task pane previews this; refreshWorkbook writes it. A part the port finds
 * damaged while reading (a PortError) is a finding like any other, not an exception.
 */
export async function planRefresh(
  port: WorkbookPort,
  options: RefreshOptions
): Promise<RefreshPlan> {
  try {
    return await planFromWorkbook(port, options);
  } catch (e) {
    const found = issuesOf(e);
    if (!found) throw e;
    const lang = options.lang ?? "nl";
    return {
      ok: false,
      issues: [...found],
      checks: [],
      tables: [],
      settings: "",
      lang,
      sheetLang: options.sheetLang ?? lang,
      renames: [],
    };
  }
}

async function planFromWorkbook(port: WorkbookPort, options: RefreshOptions): Promise<RefreshPlan> {
  const issues: Issue[] = [];
  // Where each round trip costs (Office.js), every read of this refresh in one load, dropped with the plan.
  const reads = (await port.snapshot?.(ANNEX_READS)) ?? port;
  const storedText = await reads.readSettings();
  const stored = storedText === undefined ? undefined : parseSettings(storedText);
  if (storedText !== undefined && !stored) issues.push(issue("SETTINGS_IGNORED", "warning"));
  const basis = options.basis ?? stored?.basis ?? "months";
  const decimals = options.decimals ?? stored?.decimals ?? 0;
  const lang = options.lang ?? "nl";
  const sheetLang = options.sheetLang ?? stored?.sheetLang ?? lang;
  const read = await readAnnex(reads, stored?.scenario ?? undefined, options.mergers);
  pushAll(issues, read.issues);
  const computation = read.inputs && computeAnnex(read.inputs, { basis, decimals });
  pushAll(issues, computation?.issues ?? []);
  const inputs = read.inputs;
  const computed = computation?.computed;
  if (!inputs || !computed || hasErrors(issues))
    return {
      ok: false,
      issues,
      checks: [],
      tables: [],
      settings: storedText ?? "",
      lang,
      sheetLang,
      renames: [],
    };

  const warnings = issues.filter((i) => i.severity === "warning");
  // The checks say amounts in a language's convention: Controle's in the workbook's, the reader's in theirs.
  const checks = auditAnnex(inputs, computed, warnings.length, lang);
  const sheetChecks =
    sheetLang === lang ? checks : auditAnnex(inputs, computed, warnings.length, sheetLang);
  const provenance = {
    runTime: options.runTime,
    toolVersion: options.toolVersion,
    lang: sheetLang,
  };
  const period = periodOutputTable(inputs, computed, provenance);
  const restated = restatedTable(inputs, computed, provenance);
  const tables = [
    perYearTable(inputs, computed, provenance),
    ...(period ? [period] : []),
    ...(restated ? [restated] : []),
    controleTable(sheetChecks, warnings, inputs, provenance),
  ];
  const settings = settingsJson({
    version: 1,
    source: inputs.budgets.source,
    totals: inputs.totalsSource.kind === "table" ? "Lumpsum" : "projection",
    scenario: inputs.totalsSource.kind === "projection" ? inputs.totalsSource.scenario : null,
    period: inputs.period ?? null,
    basis,
    decimals,
    sheetLang,
  });
  const renames =
    stored && stored.sheetLang !== sheetLang
      ? await languageRenames(reads, tables, stored.sheetLang, sheetLang)
      : [];
  return {
    ok: !hasErrors(checks),
    issues,
    checks,
    tables,
    settings,
    lang,
    sheetLang,
    renames,
  };
}
