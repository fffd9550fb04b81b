import { MemoryWorkbook } from "../../src/adapters/memory/memoryWorkbook";
import { auditAnnex } from "../../src/app/auditAnnex";
import { computeAnnex, type AnnexComputation } from "../../src/app/computeAnnex";
import { readAnnex } from "../../src/app/readAnnex";
import { ibnExampleSpec } from "../../src/demo/ibnExample";
import type { Allocation } from "../../src/engine/allocate";
import { Dec } from "../../src/engine/decimal";
import { formatIssue } from "../../src/engine/formatIssue";
import type { PeriodTable } from "../../src/engine/periodTable";

async function example() {
  const { inputs } = await readAnnex(MemoryWorkbook.fromSpec(ibnExampleSpec("nl")));
  const { computed } = computeAnnex(inputs!, { basis: "months", decimals: 0 });
  return { inputs: inputs!, computed: computed! };
}

/** The computation with one 2021 amount changed by `delta` euros. */
function nudge(computed: AnnexComputation, name: string, delta: number): AnnexComputation {
  const year = computed.perYear.get(2021)!;
  const rows = year.rows.map((r) => (r.name === name ? { ...r, amount: r.amount.plus(delta) } : r));
  return {
    ...computed,
    perYear: new Map([...computed.perYear, [2021, { ...year, rows } as Allocation]]),
  };
}

const failing = (checks: ReturnType<typeof auditAnnex>) =>
  checks
    .filter((c) => c.severity === "error")
    .map((c) => `${c.code}${c.params?.year ? ` ${c.params.year}` : ""}`);

describe("auditAnnex", () => {
  it("passes the engine’s own tables", async () => {
    const { inputs, computed } = await example();
    expect(failing(auditAnnex(inputs, computed, 0, "nl"))).toEqual([]);
  });

  it("catches amounts that do not add up to the total, even when each is within a euro of exact", async () => {
    const { inputs, computed } = await example();
    expect(failing(auditAnnex(inputs, nudge(computed, "Boekel", 1), 0, "nl"))).toEqual([
      "CHECK_SOME_FAILED",
      "CHECK_YEAR_ADDS_UP 2021",
    ]);
  });

  it("catches a euro moved between municipalities: the sum holds, the shares do not", async () => {
    const { inputs, computed } = await example();
    const moved = nudge(nudge(computed, "Sint Anthonis", 1), "Oss", -1);
    expect(failing(auditAnnex(inputs, moved, 0, "en"))).toEqual([
      "CHECK_SOME_FAILED",
      "CHECK_YEAR_SAME_PERCENT 2021",
      "CHECK_YEAR_WITHIN_UNIT 2021",
    ]);
  });

  it("catches a period table that does not add up", async () => {
    const { inputs, computed } = await example();
    const period = computed.period!;
    const rows = period.rows.map((r, i) =>
      i === 0 ? { ...r, slices: { ...r.slices, 2021: r.slices[2021]!.plus(new Dec(1)) } } : r
    );
    const broken = { ...computed, period: { ...period, rows } as PeriodTable };
    expect(failing(auditAnnex(inputs, broken, 0, "nl"))).toEqual([
      "CHECK_SOME_FAILED",
      "CHECK_PERIOD_ADDS_UP",
      "CHECK_PERIOD_WITHIN_UNIT",
    ]);
  });

  it("catches a whole year in the period that is not the per-year table, though it adds up and is within a euro", async () => {
    const { inputs, computed } = await example();
    const period = computed.period!;
    // Oss and Boekel are each a rounding of their exact 2022 amount either way (the print rounds
    // them the other way round): a euro moved between them keeps every sum and every gap.
    const move: Record<string, number> = { Oss: -1, Boekel: 1 };
    const rows = period.rows.map((r) => {
      const d = new Dec(move[r.name] ?? 0);
      return {
        ...r,
        amount: r.amount.plus(d),
        slices: { ...r.slices, 2022: r.slices[2022]!.plus(d) },
      };
    });
    const moved = { ...computed, period: { ...period, rows } as PeriodTable };
    const checks = auditAnnex(inputs, moved, 0, "en");
    expect(failing(checks)).toEqual(["CHECK_SOME_FAILED", "CHECK_PERIOD_EQUALS_YEAR"]);
    expect(checks.find((c) => c.code === "CHECK_PERIOD_EQUALS_YEAR")!.params).toEqual({
      years: "2022",
      yearCount: 1,
      differences: 2,
    });
  });

  test("says one whole year and several as a council member reads them, in both languages", () => {
    const said = (years: string, yearCount: number, lang: "nl" | "en") =>
      formatIssue(
        {
          code: "CHECK_PERIOD_EQUALS_YEAR",
          severity: "info",
          params: { years, yearCount, differences: 0 },
        },
        lang
      );
    expect(said("2022", 1, "nl")).toContain("het hele jaar 2022 staat in de periodetabel");
    expect(said("2022, 2023", 2, "nl")).toContain("de hele jaren 2022, 2023 staan in de");
    expect(said("2022", 1, "en")).toContain("the whole year 2022 appears in the period table");
    expect(said("2022, 2023", 2, "en")).toContain("the whole years 2022, 2023 appear in the");
  });
});
