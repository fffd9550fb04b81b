import { issue, type Issue } from "../engine/issue";
import type { RangeRef } from "./a1";
import { ANNEX_READS } from "./annexLayout";
import { formulaRefs } from "./formulaRefs";

/**
 * One output the tool wrote, as its record keeps it: the sheet and the table on it, where
 * the table was and what columns it had, how many caption lines stand above it, and the ids
 * the .xlsx file gave them. The ids are the file's (sheetId, table id): the command can
 * check them, Office.js cannot see them (Worksheet.id lasts one session only), so the add-in
 * leaves them out and the command adds them again.
 */
export interface OwnedOutput {
  readonly sheet: string;
  /** Undefined only in a record from before tables were recorded (version 1). */
  readonly table?: string;
  readonly ref?: RangeRef;
  readonly columns?: ReadonlyArray<string>;
  readonly captionRows?: number;
  readonly fileSheetId?: number;
  readonly fileTableId?: number;
  /** contentHash of the cells the write put in this output (caption and table). */
  readonly hash?: string;
}

/** The tool's record of a workbook: what it owns, the settings, and which write it was. */
export interface OwnedRecord {
  readonly outputs: ReadonlyArray<OwnedOutput>;
  readonly settings?: string;
  /** The write that left this record (an id of its content): how a host tells its write landed. */
  readonly run?: string;
}

/** A sheet as a host sees it; `fileId` is the .xlsx sheetId where the host has one. */
export interface SheetFact {
  readonly name: string;
  readonly fileId?: number;
}

/** A table as a host sees it: name, id where the host has a stable one, sheet, range, columns. */
export interface TableFact {
  readonly name: string;
  readonly sheet: string;
  readonly ref: RangeRef;
  readonly columns: ReadonlyArray<string>;
  readonly fileId?: number;
}

export interface OwnershipFacts {
  readonly sheets: ReadonlyArray<SheetFact>;
  readonly tables: ReadonlyArray<TableFact>;
  /** Defined names with what they refer to ("Lumpsum!$E$1", with or without '='). */
  readonly names: ReadonlyArray<{ readonly name: string; readonly formula: string }>;
  readonly record?: OwnedRecord;
  /** Named in findings. */
  readonly file?: string;
}

/** An output of the record proven to be the tool's: the sheet and the table it lives in now. */
export interface ProvenOutput {
  readonly output: OwnedOutput;
  readonly sheet: SheetFact;
  readonly table: TableFact;
}

export interface Ownership {
  /** The record's outputs proven to be the tool's; what it cannot prove is left out, never touched. */
  readonly proven: ReadonlyArray<ProvenOutput>;
  /** A record that cannot be trusted at all (it names an input sheet): the write must stop. */
  readonly refusals: ReadonlyArray<Issue>;
}

const same = (a: string | undefined, b: string | undefined): boolean =>
  a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();

/** The sheets a refresh reads its inputs from (README, "The annex workbook"). */
function inputSheets(facts: Pick<OwnershipFacts, "sheets" | "tables" | "names">): string[] {
  return ANNEX_READS.flatMap((ref) => {
    switch (ref.kind) {
      case "table":
        return facts.tables.filter((t) => same(t.name, ref.name)).map((t) => t.sheet);
      case "sheet":
        return facts.sheets.filter((s) => same(s.name, ref.name)).map((s) => s.name);
      case "name":
        return facts.names.flatMap((n) => {
          const target = same(n.name, ref.name)
            ? formulaRefs(n.formula).find((r) => r.kind === "area")
            : undefined;
          return target?.kind === "area" && target.sheet ? [target.sheet] : [];
        });
      default:
        return [];
    }
  });
}

/**
 * The one ownership rule, for every host. An output of the record is the tool's only when a
 * table of the recorded name stands on the sheet of the recorded name (a person does not make
 * that by accident; a copied sheet gets new names) and, where both the record and the host
 * have the file's ids, when those ids agree too (a sheet or table deleted and made again under
 * the same name is not ours). A version-1 record named only sheets: such a sheet is proven when
 * it holds exactly one table. Anything unproven is left alone; a record naming a sheet the
 * refresh reads from is not to be trusted, and refuses the write.
 */
export function proveOwnership(facts: OwnershipFacts): Ownership {
  const inputs = inputSheets(facts);
  const proven: ProvenOutput[] = [];
  const refusals: Issue[] = [];
  for (const output of facts.record?.outputs ?? []) {
    if (inputs.some((s) => same(s, output.sheet))) {
      refusals.push(
        issue(
          "RECORD_NAMES_INPUT",
          "error",
          { ...(facts.file ? { file: facts.file } : {}), sheet: output.sheet },
          { sheet: output.sheet }
        )
      );
      continue;
    }
    const sheet = facts.sheets.find((s) => same(s.name, output.sheet));
    const onSheet = facts.tables.filter((t) => same(t.sheet, output.sheet));
    const table =
      output.table === undefined
        ? onSheet.length === 1
          ? onSheet[0]
          : undefined
        : onSheet.find((t) => same(t.name, output.table));
    const idsAgree =
      (output.fileSheetId === undefined ||
        sheet?.fileId === undefined ||
        output.fileSheetId === sheet.fileId) &&
      (output.fileTableId === undefined ||
        table?.fileId === undefined ||
        output.fileTableId === table.fileId);
    if (sheet && table && idsAgree) proven.push({ output, sheet, table });
  }
  return { proven, refusals };
}
