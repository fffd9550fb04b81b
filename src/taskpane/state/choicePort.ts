import type { ScenarioId } from "../../engine/projection/projectionParams";
import { ANNEX } from "../../ports/annexLayout";
import { BLANK, num, text, type Cell } from "../../ports/cell";
import { isoToSerial } from "../../ports/readDateCell";
import type { RangeData, SourceRef, WorkbookPort } from "../../ports/workbookPort";
import type { PaneChoices } from "./paneChoices";

/** The total lump sum per year of the scenario the projection flow shows. */
export interface ProjectionTotals {
  readonly scenario: ScenarioId;
  /** Edited parameters exist only in the pane, so their totals are handed over as figures. */
  readonly edited: boolean;
  readonly totals: ReadonlyArray<{ readonly year: number; readonly total: string }>;
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
const ISO_DATE_FORMAT = "yyyy-mm-dd";

/**
 * The workbook as the use cases should see it after the user's choices in the pane: the
 * selection in place of the PBudget table, typed totals or the projection's in place of the
 * Lumpsum table, a typed period in place of PeriodeStart/PeriodeEinde. What the user typed
 * is laid over the workbook as a small block on `paneSheet`, so the same decoders check it
 * and name the place; nothing in the workbook changes until a write, which goes straight through.
 */
export function choicePort(
  port: WorkbookPort,
  choices: PaneChoices,
  projection: ProjectionTotals | undefined,
  paneSheet: string
): WorkbookPort {
  const block = (cells: Cell[][], tableName?: string): RangeData => ({
    sheet: paneSheet,
    origin: "A1",
    cells,
    hiddenRows: [],
    merged: [],
    filtered: false,
    typed: true,
    ...(tableName ? { tableName } : {}),
  });
  const amount = (v: string): Cell =>
    v.trim() === "" ? BLANK : /^-?\d+(\.\d+)?$/.test(v) ? num(v) : text(v);
  const date = (iso: string): Cell => {
    const serial = iso ? isoToSerial(iso) : undefined;
    return serial ? num(serial, ISO_DATE_FORMAT) : iso ? text(iso) : BLANK;
  };
  const totalsTable = (rows: ReadonlyArray<{ year: number; total: string }>) =>
    block(
      [
        [text(ANNEX.totalsYearHeaders[0]), text(ANNEX.totalsAmountHeaders[0])],
        ...rows.map((r) => [num(String(r.year)), amount(r.total)]),
      ],
      ANNEX.totalsTable
    );

  const read = async (ref: SourceRef): Promise<RangeData | undefined> => {
    if (ref.kind === "table" && same(ref.name, ANNEX.budgetTable) && choices.source === "selection")
      return port.read(underlying(ref));
    if (ref.kind === "sheet" && same(ref.name, ANNEX.budgetSheet) && choices.source === "selection")
      return undefined;
    if (ref.kind === "table" && same(ref.name, ANNEX.totalsTable)) {
      const t = choices.totals;
      if (t.kind === "typed")
        return totalsTable(
          Object.entries(t.values).map(([year, total]) => ({ year: Number(year), total }))
        );
      if (t.kind === "projection")
        return projection?.edited ? totalsTable(projection.totals) : undefined;
    }
    if (
      ref.kind === "name" &&
      same(ref.name, ANNEX.scenarioName) &&
      choices.totals.kind === "projection"
    ) {
      return projection && !projection.edited ? block([[text(projection.scenario)]]) : undefined;
    }
    const period = choices.period;
    if (
      ref.kind === "name" &&
      (same(ref.name, ANNEX.periodStart) || same(ref.name, ANNEX.periodEnd)) &&
      period.kind !== "workbook"
    ) {
      if (period.kind === "none") return undefined;
      return block([[date(same(ref.name, ANNEX.periodStart) ? period.start : period.end)]]);
    }
    return port.read(ref);
  };
  const { snapshot } = port;
  // The selection stands in for the PBudget table, so the batch must load the selection.
  const underlying = (ref: SourceRef): SourceRef =>
    ref.kind === "table" && same(ref.name, ANNEX.budgetTable) && choices.source === "selection"
      ? { kind: "selection" }
      : ref;
  return {
    read,
    ...(snapshot && {
      snapshot: async (refs: ReadonlyArray<SourceRef>) =>
        choicePort(await snapshot.call(port, refs.map(underlying)), choices, projection, paneSheet),
    }),
    readName: (name) => port.readName(name),
    readSettings: () => port.readSettings(),
    write: (outputs, settings, options) => port.write(outputs, settings, options),
  };
}
