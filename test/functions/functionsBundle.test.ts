import { readFileSync } from "fs";
import { join } from "path";
import { runInNewContext } from "vm";
import { budgets, publishedLumpsum, publishedTotal } from "../golden/reference";
import { buildAddin } from "../setup/buildAddin";

/**
 * The built dist/functions.js run as Excel runs it: a fresh global scope whose only host
 * object is the custom-functions runtime, collecting what the bundle registers.
 */
type Fn = (...args: unknown[]) => unknown;
class RuntimeError {
  constructor(
    readonly code: string,
    readonly message?: string
  ) {}
}

let registered: Map<string, Fn>;
let metadataIds: string[];
let dutchIds: string[];

beforeAll(async () => {
  const dist = await buildAddin();
  registered = new Map();
  const runtime = {
    associate: (id: string, fn: Fn) => {
      if (registered.has(id)) throw new Error(`${id} registered twice`);
      registered.set(id, fn);
    },
    Error: RuntimeError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
  };
  // A page's global scope: `self` is where webpack keeps its chunk list.
  const scope: Record<string, unknown> = { CustomFunctions: runtime };
  scope.self = scope;
  runInNewContext(readFileSync(join(dist, "functions.js"), "utf8"), scope);
  const ids = (file: string) =>
    (
      JSON.parse(readFileSync(join(dist, file), "utf8")) as { functions: { id: string }[] }
    ).functions.map((f) => f.id);
  metadataIds = ids("functions.json");
  dutchIds = ids("functions.nl.json");
}, 300_000);

const call = (id: string, ...args: unknown[]) => (registered.get(id) as Fn)(...args);
const reject = (id: string, ...args: unknown[]): RuntimeError => {
  try {
    call(id, ...args);
  } catch (e) {
    return e as RuntimeError;
  }
  throw new Error(`${id} accepted bad arguments`);
};

/** Largest remainder in whole euros, written here with BigInt so it checks the engine, not itself. */
function independentAllocation(weights: bigint[], total: bigint): bigint[] {
  const sum = weights.reduce((a, b) => a + b, 0n);
  const floors = weights.map((w) => (total * w) / sum);
  const order = weights
    .map((w, i) => ({ i, w, rest: (total * w) % sum }))
    .sort((a, b) =>
      a.rest !== b.rest
        ? b.rest > a.rest
          ? 1
          : -1
        : a.w !== b.w
          ? b.w > a.w
            ? 1
            : -1
          : a.i - b.i
    );
  let left = total - floors.reduce((a, b) => a + b, 0n);
  for (const { i } of order) if (left-- > 0n) floors[i]! += 1n;
  return floors;
}

test("exactly one registration per function id in functions.json, and the same ids in Dutch", () => {
  expect([...registered.keys()].sort()).toEqual([...metadataIds].sort());
  expect(new Set(metadataIds).size).toBe(metadataIds.length);
  expect(dutchIds).toEqual(metadataIds);
});

test("LUMPSUM loaded from the bundle gives the published 2021 allocation, independently checked", () => {
  const rows = budgets("2021");
  const weights = rows.map((r) => Number(r.weight));
  const total = Number(publishedTotal("2021"));
  const column = weights.map((w) => [w]);
  const cells = weights.map(
    (w, r) =>
      (
        call("LUMPSUM", w, column, total, null, {
          parameterAddresses: [`Sheet1!B${r + 2}`, "Sheet1!B2:B12", "Sheet1!F1", ""],
        }) as number[][]
      )[0]![0]!
  );
  const expected = independentAllocation(
    rows.map((r) => BigInt(r.weight)),
    BigInt(total)
  );
  expect(cells.map(BigInt)).toEqual(expected);
  expect(cells.reduce((a, b) => a + b, 0)).toBe(total);
  const published = publishedLumpsum("2021");
  rows.forEach((r, i) => expect(cells[i]).toBe(published.get(r.name)));
  expect(
    (
      call("ALLOCATE", column, total, null, {
        parameterAddresses: ["Sheet1!B2:B12", "Sheet1!F1", ""],
      }) as number[][]
    ).map((r) => r[0])
  ).toEqual(cells);
});

test("the bundle rejects blanks and text with #VALUE! and a message", () => {
  const column = [[295299], [null], [108215]];
  const blank = reject("ALLOCATE", column, 1000, null, {
    parameterAddresses: ["Sheet1!B2:B4", "Sheet1!F1", ""],
  });
  expect(blank).toBeInstanceOf(RuntimeError);
  expect(blank).toEqual({
    code: "#VALUE!",
    message: "B3: pbudgetten ontbreekt (een lege cel is geen nul).",
  });
  expect(reject("SHARE", "abc", [[1]]).message).toBe(
    'pbudget is tekst ("abc"), geen getal; typ het als getal.'
  );
});
