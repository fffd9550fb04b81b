import type { Dec } from '../../engine/decimal';
import type { Message } from '../../engine/messages';
import type { ProjectionParams, ProjectionStatus, ScenarioId, VolumeSeries } from '../../engine/projection/projectionParams';
import type { ProjectionRowKey } from '../../engine/projection/projectionRows';

/** A volume series as edited: canonical decimal text, or the user's text when it does not read. */
export type VolumeDraft =
  | { readonly kind: 'values'; readonly values: ReadonlyArray<string> }
  | { readonly kind: 'rate'; readonly start: string; readonly rate: string }
  | { readonly kind: 'flow'; readonly start: string; readonly inflow: string; readonly outflowRate: string };

export type VolumeKind = VolumeDraft['kind'];

/**
 * Projection parameters while a user edits them: the parameter file that
 * `decodeProjectionParams` reads (and `lumpsum project` takes), with each volume's form made
 * explicit for the editor. The engine alone decides what is valid, and every finding names
 * the parameter and year.
 */
export interface ParamDraft {
  readonly scenario?: ScenarioId;
  readonly status: ProjectionStatus;
  readonly notes: ReadonlyArray<Message>;
  readonly years: ReadonlyArray<number>;
  readonly baseYear: number;
  readonly decimals: number;
  readonly wsw: VolumeDraft;
  readonly pw: VolumeDraft;
  readonly meerkosten: ReadonlyArray<string>;
  readonly kostenParticipatie: ReadonlyArray<string>;
  readonly pBudget: ReadonlyArray<string>;
  readonly demandDrivenShare: string;
  readonly addedValueUplift: string;
  readonly addedValuePerUnit: string;
  readonly overrides: ReadonlyArray<{ readonly row: ProjectionRowKey; readonly year: number; readonly value: string; readonly note?: Message }>;
}

export type PerYearParam = 'meerkosten' | 'kostenParticipatie' | 'pBudget';
export type SingleParam = 'demandDrivenShare' | 'addedValueUplift' | 'addedValuePerUnit';

const text = (d: Dec): string => d.toFixed();

function volumeDraft(s: VolumeSeries): VolumeDraft {
  switch (s.kind) {
    case 'values':
      return { kind: 'values', values: s.values.map(text) };
    case 'rate':
      return { kind: 'rate', start: text(s.start), rate: text(s.rate) };
    case 'flow':
      return { kind: 'flow', start: text(s.start), inflow: text(s.inflow), outflowRate: text(s.outflowRate) };
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
    overrides: p.overrides.map((o) => ({ row: o.row, year: o.year, value: text(o.value), ...(o.note ? { note: o.note } : {}) })),
  };
}

const volumeFile = ({ kind: _kind, ...fields }: VolumeDraft) => fields;

/** The draft as the parameter file, for decodeProjectionParams (a volume's form is in its keys). */
export const paramFile = (d: ParamDraft) => ({ ...d, wsw: volumeFile(d.wsw), pw: volumeFile(d.pw) });

/**
 * The same volume in another form, started from the first year's value: switching from
 * values to a rate keeps the starting point so the user only has to type the rate.
 */
export function changeVolumeKind(v: VolumeDraft, kind: VolumeKind, years: number): VolumeDraft {
  if (v.kind === kind) return v;
  const start = v.kind === 'values' ? (v.values[0] ?? '') : v.start;
  switch (kind) {
    case 'values':
      return { kind, values: Array.from({ length: years }, () => start) };
    case 'rate':
      return { kind, start, rate: '0' };
    case 'flow':
      return { kind, start, inflow: '0', outflowRate: '0' };
  }
}
