import type { Dec } from "../../engine/decimal";
import type { ProjectionParams, VolumeSeries } from "../../engine/projection/projectionParams";

/** A value as edited: every decimal as text (canonical, or what the user typed when it does not read). */
type Edited<T> = T extends Dec
  ? string
  : T extends ReadonlyArray<infer U>
    ? ReadonlyArray<Edited<U>>
    : T extends object
      ? { readonly [K in keyof T]: Edited<T[K]> }
      : T;

/**
 * Projection parameters while a user edits them: the parameter file that
 * `decodeProjectionParams` reads (and `lumpsum project` takes), with each volume's form made
 * explicit for the editor. The engine alone decides what is valid, and every finding names
 * the parameter and year.
 */
export type ParamDraft = Edited<ProjectionParams>;
export type VolumeDraft = Edited<VolumeSeries>;
export type VolumeKind = VolumeDraft["kind"];

export type PerYearParam = "meerkosten" | "kostenParticipatie" | "pBudget";
export type SingleParam = "demandDrivenShare" | "addedValueUplift" | "addedValuePerUnit";

const text = (d: Dec): string => d.toFixed();

function volumeDraft(s: VolumeSeries): VolumeDraft {
  switch (s.kind) {
    case "values":
      return { kind: "values", values: s.values.map(text) };
    case "rate":
      return { kind: "rate", start: text(s.start), rate: text(s.rate) };
    case "flow":
      return {
        kind: "flow",
        start: text(s.start),
        inflow: text(s.inflow),
        outflowRate: text(s.outflowRate),
      };
  }
}

export function draftFromParams(p: ProjectionParams): ParamDraft {
  return {
    ...(p.scenario ? { scenario: p.scenario } : {}),
    status: p.status,
    notes: p.notes,
    years: p.years,
    baseYear: p.baseYear,
    decimals: p.decimals,
    wsw: volumeDraft(p.wsw),
    pw: volumeDraft(p.pw),
    meerkosten: p.meerkosten.map(text),
    kostenParticipatie: p.kostenParticipatie.map(text),
    pBudget: p.pBudget.map(text),
    demandDrivenShare: text(p.demandDrivenShare),
    addedValueUplift: text(p.addedValueUplift),
    addedValuePerUnit: text(p.addedValuePerUnit),
    overrides: p.overrides.map((o) => ({
      row: o.row,
      year: o.year,
      value: text(o.value),
      ...(o.note ? { note: o.note } : {}),
    })),
  };
}

const volumeFile = ({ kind: _kind, ...fields }: VolumeDraft) => fields;

/** The draft as the parameter file, for decodeProjectionParams (a volume's form is in its keys). */
export const paramFile = (d: ParamDraft) => ({
  ...d,
  wsw: volumeFile(d.wsw),
  pw: volumeFile(d.pw),
});

/**
 * The same volume in another form, started from the first year's value: switching from
 * values to a rate keeps the starting point so the user only has to type the rate.
 */
export function changeVolumeKind(v: VolumeDraft, kind: VolumeKind, years: number): VolumeDraft {
  if (v.kind === kind) return v;
  const start = v.kind === "values" ? (v.values[0] ?? "") : v.start;
  switch (kind) {
    case "values":
      return { kind, values: Array.from({ length: years }, () => start) };
    case "rate":
      return { kind, start, rate: "0" };
    case "flow":
      return { kind, start, inflow: "0", outflowRate: "0" };
  }
}
