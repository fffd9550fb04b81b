import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildXlsx } from "../../src/adapters/xlsx/buildXlsx";
import { XlsxWorkbook } from "../../src/adapters/xlsx/xlsxWorkbook";
import type { Cell } from "../../src/ports/cell";
import type { WorkbookSpec } from "../../src/ports/workbookSpec";

export { runCommand as run } from "./runCli";

export const tempDir = (): string => mkdtempSync(join(tmpdir(), "lumpsum-annex-"));

/** Writes `spec` as a real .xlsx in `dir`; returns its path. */
export function writeAnnex(dir: string, name: string, spec: WorkbookSpec): string {
  const path = join(dir, name);
  writeFileSync(path, buildXlsx(spec));
  return path;
}

export const open = (path: string): XlsxWorkbook =>
  XlsxWorkbook.fromBytes(new Uint8Array(readFileSync(path)), path);

/** Every sheet's cells, for comparing a workbook before and after. */
export async function sheetCells(
  path: string,
  sheets: ReadonlyArray<string>
): Promise<Record<string, ReadonlyArray<ReadonlyArray<Cell>>>> {
  const port = open(path);
  const out: Record<string, ReadonlyArray<ReadonlyArray<Cell>>> = {};
  for (const name of sheets) out[name] = (await port.read({ kind: "sheet", name }))?.cells ?? [];
  return out;
}
