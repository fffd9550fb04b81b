import fc from "fast-check";
import { Dec } from "../../../src/engine/decimal";
import type {
  Projection,
  ProjectionParams,
  ProjectionRowKey,
  VolumeSeries,
} from "../../../src/engine/projection";

/** A row's values as strings, for readable expectations. */
export const row = (p: Projection, key: ProjectionRowKey): string[] =>
  p.rows.find((r) => r.key === key)!.values.map((v) => v.toString());
export const exactRow = (p: Projection, key: ProjectionRowKey) =>
  p.rows.find((r) => r.key === key)!.exact;

/** A small valid parameter set to mutate in one-line vectors. */
export const small = (changes: Partial<ProjectionParams> = {}): ProjectionParams => ({
  status: "custom",
  notes: [],
  years: [2021, 2022, 2023],
  baseYear: 2021,
  decimals: 0,
  wsw: { kind: "values", values: ["100", "90", "80"].map((x) => new Dec(x)) },
  pw: { kind: "values", values: ["20", "30", "40"].map((x) => new Dec(x)) },
  meerkosten: ["1200", "1200", "1200"].map((x) => new Dec(x)),
  kostenParticipatie: ["100", "100", "100"].map((x) => new Dec(x)),
  pBudget: ["1000", "1000", "1000"].map((x) => new Dec(x)),
  demandDrivenShare: new Dec("0.5"),
  addedValueUplift: new Dec("0.1"),
  addedValuePerUnit: new Dec("10"),
  overrides: [],
  ...changes,
});

const decimal = (min: bigint, max: bigint, places: number) =>
  fc.bigInt({ min, max }).map((n) => new Dec(n.toString()).div(new Dec(10).pow(places)));
const anyPlaces = (min: bigint, max: bigint) =>
  fc
    .integer({ min: 0, max: 3 })
    .chain((places) => decimal(min * 10n ** BigInt(places), max * 10n ** BigInt(places), places));

const volumeArb = (n: number, min: bigint): fc.Arbitrary<VolumeSeries> =>
  fc.oneof(
    fc
      .array(anyPlaces(min, 5000n), { minLength: n, maxLength: n })
      .map((values) => ({ kind: "values" as const, values })),
    fc.record({
      kind: fc.constant("rate" as const),
      start: anyPlaces(min, 5000n),
      rate: decimal(-2000n, 2000n, 4),
    }),
    fc.record({
      kind: fc.constant("flow" as const),
      start: anyPlaces(min, 5000n),
      inflow: anyPlaces(min, 500n),
      outflowRate: decimal(0n, 10000n, 4),
    })
  );

/** Valid parameters of every shape: 1–6 years, volumes given or by rate or flow, euros or cents. */
export const paramsArb = (
  decimals: fc.Arbitrary<number> = fc.constantFrom(0, 2)
): fc.Arbitrary<ProjectionParams> =>
  fc
    .record({
      n: fc.integer({ min: 1, max: 6 }),
      first: fc.integer({ min: 2015, max: 2035 }),
      b: fc.nat(),
    })
    .chain(({ n, first, b }) => {
      const perYear = (min: bigint, max: bigint) =>
        fc.array(anyPlaces(min, max), { minLength: n, maxLength: n });
      return fc.record({
        status: fc.constant("custom" as const),
        notes: fc.constant([]),
        years: fc.constant(Array.from({ length: n }, (_, i) => first + i)),
        baseYear: fc.constant(first + (b % n)),
        decimals,
        wsw: volumeArb(n, 1n),
        pw: volumeArb(n, 0n),
        meerkosten: perYear(0n, 100_000_000n),
        kostenParticipatie: perYear(0n, 10_000_000n),
        pBudget: perYear(1n, 100_000_000n),
        demandDrivenShare: decimal(0n, 100n, 2),
        addedValueUplift: decimal(0n, 100n, 2),
        addedValuePerUnit: anyPlaces(0n, 100_000n),
        overrides: fc.constant([]),
      });
    });
