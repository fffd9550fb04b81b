import type { Dec } from "../decimal";
import type { Message } from "../messages";
import type { ScenarioComparison } from "./compareScenarios";
import type { ProjectionRowKind, Projection } from "./projectionRows";

/**
 * The stable JSON of a projection (`lumpsum project --json`): every number a decimal string.
 * Euro rows carry the published amounts to `decimals` places (the components add up to the
 * total); volume, index and pct rows their value rounded to 10 places, pct as a fraction.
 */
export interface ProjectionJson {
  readonly scenario: string | null;
  readonly status: string;
  readonly notes: ReadonlyArray<Message>;
  readonly decimals: number;
  readonly baseYear: number;
  readonly years: ReadonlyArray<number>;
  readonly rows: ReadonlyArray<{
    key: string;
    label: Message;
    kind: ProjectionRowKind;
    values: string[];
  }>;
  readonly overrides: ReadonlyArray<{
    row: string;
    year: number;
    value: string;
    computed: string;
    note: Message | null;
  }>;
}

export interface ComparisonJson {
  readonly years: ReadonlyArray<number>;
  readonly scenarios: ReadonlyArray<{
    scenario: string;
    status: string;
    notes: ReadonlyArray<Message>;
    totaalLumpsum: string[];
    lumpsumPctPBudget: string[];
  }>;
}

const text = (kind: ProjectionRowKind, decimals: number) => (d: Dec) =>
  kind === "eur" ? d.toFixed(decimals) : d.toString();

export function projectionToJson(p: Projection): ProjectionJson {
  return {
    scenario: p.scenario ?? null,
    status: p.status,
    notes: p.notes,
    decimals: p.decimals,
    baseYear: p.baseYear,
    years: p.years,
    rows: p.rows.map((r) => ({
      key: r.key,
      label: r.label,
      kind: r.kind,
      values: r.values.map(text(r.kind, p.decimals)),
    })),
    overrides: p.overrides.map((o) => {
      const kind = p.rows.find((r) => r.key === o.row)?.kind ?? "eur";
      return {
        row: o.row,
        year: o.year,
        value: o.value.toString(),
        computed: text(kind, p.decimals)(o.computed),
        note: o.note ?? null,
      };
    }),
  };
}

export function comparisonToJson(c: ScenarioComparison): ComparisonJson {
  return {
    years: c.years,
    scenarios: c.scenarios.map((s) => ({
      scenario: s.scenario,
      status: s.status,
      notes: s.notes,
      totaalLumpsum: s.totaalLumpsum.map(text("eur", s.projection.decimals)),
      lumpsumPctPBudget: s.lumpsumPctPBudget.map(text("pct", s.projection.decimals)),
    })),
  };
}
