import { computeAnnex, type AnnexComputation } from "../../app/computeAnnex";
import { readAnnex, type AnnexInputs } from "../../app/readAnnex";
import { parseSettings } from "../../app/refreshSettings";
import type { Issue } from "../../engine/issue";
import type { WorkbookPort } from "../../ports/workbookPort";
import type { PaneChoices } from "../state/paneChoices";

export interface Allocations {
  readonly inputs?: AnnexInputs;
  readonly computed?: AnnexComputation;
  readonly issues: ReadonlyArray<Issue>;
}

/** The allocation per year as the refresh computes it (same reading, same scenario fallback). */
export async function readAllocations(
  port: WorkbookPort,
  choices: Pick<PaneChoices, "basis" | "decimals">
): Promise<Allocations> {
  const stored = await port.readSettings();
  const read = await readAnnex(port, (stored && parseSettings(stored)?.scenario) || undefined);
  if (!read.inputs) return { issues: read.issues };
  const { computed, issues } = computeAnnex(read.inputs, choices);
  return {
    inputs: read.inputs,
    ...(computed ? { computed } : {}),
    issues: [...read.issues, ...issues],
  };
}
