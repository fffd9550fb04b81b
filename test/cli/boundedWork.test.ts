import fc from "fast-check";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Dec } from "../../src/engine/decimal";
import * as rational from "../../src/engine/rational";
import { parseAmountText } from "../../src/ports/parseAmountText";
import { withB4 } from "../fixtures/damagedPackages";
import { tempDir } from "./annexCli";
import { runCli, tempFile } from "./runCli";

/*
 * Work counted, not timed. Exact arithmetic starts where a Decimal becomes a BigInt (decDigits,
 * ratFromDec): the digits it must write out are the work every later step multiplies. Without
 * bounds, one cell of 1E+900000000 asked for 900 million of them. The meter refuses anything
 * beyond its budget before the conversion runs, so a broken bound fails the test, not the machine.
 */
let digits = 0;
/** The largest single conversion refused by the meter (0: none); the CLI would report the throw as an internal error. */
let refused = 0;
const METER_LIMIT = 1_000_000;
const meter = (x: Dec): void => {
  const cost = x.isFinite() ? Math.max(x.e + 1, 1) + x.decimalPlaces() : 0;
  if (cost > METER_LIMIT) {
    refused = Math.max(refused, cost);
    throw new Error(`a number of ${cost} digits reached the arithmetic`);
  }
  digits += cost;
};
const reset = (): void => {
  digits = 0;
  refused = 0;
};

beforeEach(() => {
  reset();
  const { decDigits, ratFromDec } = rational;
  jest.spyOn(rational, "decDigits").mockImplementation((x) => (meter(x), decDigits(x)));
  jest.spyOn(rational, "ratFromDec").mockImplementation((x) => (meter(x), ratFromDec(x)));
});
afterEach(() => jest.restoreAllMocks());

/** Canonical decimal text of any size and precision, and digit runs that long. */
const numberText = fc.oneof(
  fc
    .tuple(
      fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }),
      fc.integer({ min: -2_000_000_000, max: 2_000_000_000 })
    )
    .map(([m, e]) => `${m}e${e}`),
  fc.stringMatching(/^\d{1,20}$/).map((d) => d.repeat(500)),
  fc.stringMatching(/^-?\d{1,16}(\.\d{1,22})?$/)
);
/** Digits per number any accepted input can bring (15 + 20, with room for the integer forms of ratios). */
const PER_NUMBER = 200;

describe("no input of bounded size takes more than bounded work", () => {
  it("the meter counts: the published annex costs some digits, and not zero", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "bijlage.xlsx"), withB4("295299"));
    // Never refreshed, so its output tables are missing: stale, exit 3.
    expect((await runCli("check", join(dir, "bijlage.xlsx"))).code).toBe(3);
    expect(digits).toBeGreaterThan(100);
    expect(refused).toBe(0);
  });

  it("allocate: the digits of exact arithmetic grow with the rows, never with the size of a number", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(numberText, { minLength: 1, maxLength: 12 }),
        numberText,
        async (cells, total) => {
          reset();
          const csv = tempFile(
            "b.csv",
            `Gemeente,P-budget\n${cells.map((c, i) => `G${i},${c}`).join("\n")}\n`
          );
          const { code } = await runCli("allocate", csv, `--total=${total}`, "--json");
          expect([0, 1]).toContain(code);
          // Each row's weight, share and exact amount, and the total.
          expect(refused).toBe(0);
          expect(digits).toBeLessThanOrEqual((cells.length + 1) * 4 * PER_NUMBER);
        }
      ),
      { numRuns: 60 }
    );
  });

  it("refresh: a number cell of any size costs what a budget costs", async () => {
    const dir = tempDir();
    const file = join(dir, "bijlage.xlsx");
    await fc.assert(
      fc.asyncProperty(numberText, async (value) => {
        writeFileSync(file, withB4(value));
        reset();
        const { code } = await runCli("check", file, "--json");
        expect([1, 3]).toContain(code); // an input error, or read and (never refreshed) stale
        // 11 municipalities × 2 years, their totals and the audit's recomputation, a few times over.
        expect(refused).toBe(0);
        expect(digits).toBeLessThanOrEqual(11 * 2 * 20 * PER_NUMBER);
      }),
      { numRuns: 40 }
    );
  });

  it("project: a parameter of any size costs what a parameter costs", async () => {
    const base = JSON.parse(readFileSync("data/projection/ibn-2021-2025.json", "utf8"));
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("addedValuePerUnit", "demandDrivenShare", "addedValueUplift"),
        numberText,
        async (key, value) => {
          reset();
          const file = tempFile("p.json", JSON.stringify({ ...base, [key]: value }));
          const { code } = await runCli("project", file, "--json");
          expect([0, 1]).toContain(code);
          expect(refused).toBe(0);
          expect(digits).toBeLessThanOrEqual(5 * 40 * PER_NUMBER);
        }
      ),
      { numRuns: 40 }
    );
  });
});

/**
 * Pattern work, counted per match: a pattern that is one character class (optionally anchored
 * and repeated) looks at each character once; any other may backtrack, so it is charged the
 * square of its input. The amount pattern once took 4 s on 40,000 spaces.
 */
const LINEAR = /^\^?(\[[^\]]*\]|\\[dsw])[+*]?\$?$/;
function regexWork(run: () => void): number {
  let work = 0;
  const exec = RegExp.prototype.exec;
  const spy = jest.spyOn(RegExp.prototype, "exec").mockImplementation(function (this: RegExp, s) {
    const n = String(s).length;
    // The check runs the saved exec: a pattern test here would come back to this spy.
    work += exec.call(LINEAR, this.source) !== null ? n : n * n;
    return exec.call(this, s);
  });
  try {
    run();
  } finally {
    spy.mockRestore();
  }
  return work;
}

describe("reading amount text is linear in its length", () => {
  const hostile = fc.oneof(
    fc.string({
      unit: fc.constantFrom(..."0123456789., €-+\u00a0eur".split("")),
      maxLength: 20_000,
    }),
    fc.nat({ max: 50_000 }).map((n) => `1${" ".repeat(n)}x`),
    fc.nat({ max: 50_000 }).map((n) => "9".repeat(n))
  );

  it("no text costs more than a constant times its length (plus the fixed cost of one short amount)", () => {
    fc.assert(
      fc.property(
        hostile,
        fc.constantFrom(undefined, "nl" as const, "en" as const),
        (text, conv) => {
          const work = regexWork(() => parseAmountText(text, conv));
          expect(work).toBeLessThanOrEqual(20 * text.length + 40 * 80 * 80);
        }
      ),
      { numRuns: 300 }
    );
  });
});
