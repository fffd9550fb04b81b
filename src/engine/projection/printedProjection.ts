import { Dec } from "../decimal";
import { issue, type Issue } from "../issue";
import { rat, ratFromDec, type Rational } from "../rational";
import { fail, ok, type Result } from "../result";
import { shownValue } from "../numberBounds";
import { toDecimal } from "../toDecimal";
import type { ProjectionRowKey } from "./projectionRows";

export type PrintedValue = number | string;

/** A projection table as printed: the shape of `projection_2021_2025` in the reference file. */
export interface PrintedProjection {
  readonly note?: string;
  readonly years: ReadonlyArray<number>;
  readonly wsw: ReadonlyArray<PrintedValue>;
  readonly pw: ReadonlyArray<PrintedValue>;
  readonly total_volume: ReadonlyArray<PrintedValue>;
  readonly index_printed: ReadonlyArray<PrintedValue>;
  readonly aandeel_pw_printed_pct: ReadonlyArray<PrintedValue>;
  readonly meerkosten: ReadonlyArray<PrintedValue>;
  readonly aandeel_pw_in_meerkosten: ReadonlyArray<PrintedValue>;
  readonly kosten_participatie: ReadonlyArray<PrintedValue>;
  readonly effect_hogere_tw: ReadonlyArray<PrintedValue>;
  readonly totaal_lumpsum: ReadonlyArray<PrintedValue>;
  readonly p_budget: ReadonlyArray<PrintedValue>;
  readonly lumpsum_pct_of_p_budget_printed: ReadonlyArray<PrintedValue>;
}

type PrintedKey = Exclude<keyof PrintedProjection, "note" | "years">;

/**
 * Each printed row, the row of ours it is, and the places it is printed to (volumes and the
 * index to 0.1, percentages to whole percents, euros to whole euros). A value written with
 * more places counts with those: a JSON number loses the trailing zero of "508.0".
 */
const PRINTED_ROWS = [
  { key: "wsw", row: "wsw", places: 1 },
  { key: "pw", row: "pw", places: 1 },
  { key: "total_volume", row: "totalVolume", places: 1 },
  { key: "index_printed", row: "indexBase", places: 1 },
  { key: "aandeel_pw_printed_pct", row: "aandeelPw", places: 0 },
  { key: "meerkosten", row: "meerkosten", places: 0 },
  { key: "aandeel_pw_in_meerkosten", row: "aandeelPwInMeerkosten", places: 0 },
  { key: "kosten_participatie", row: "kostenParticipatie", places: 0 },
  { key: "effect_hogere_tw", row: "effectHogereTw", places: 0 },
  { key: "totaal_lumpsum", row: "totaalLumpsum", places: 0 },
  { key: "p_budget", row: "pBudget", places: 0 },
  { key: "lumpsum_pct_of_p_budget_printed", row: "lumpsumPctPBudget", places: 0 },
] as const satisfies ReadonlyArray<{ key: PrintedKey; row: ProjectionRowKey; places: number }>;
export type PrintedRowKey = (typeof PRINTED_ROWS)[number]["row"];

/** One printed figure: its exact value, the places it has, and half a unit of the last one. */
export interface PrintedFigure {
  readonly value: Rational;
  readonly half: Rational;
  readonly places: number;
}

export interface PrintedTable {
  readonly years: ReadonlyArray<number>;
  readonly rows: Readonly<Record<PrintedRowKey, ReadonlyArray<PrintedFigure>>>;
}

export const PRINTED_TABLE = "projectie";

/** The printed table as exact figures with their rounding; a malformed table gives issues. */
export function readPrinted(printed: PrintedProjection): Result<PrintedTable> {
  const issues: Issue[] = [];
  const years = Array.isArray(printed.years) ? printed.years : [];
  if (
    years.length === 0 ||
    !years.every((y, i) => Number.isInteger(y) && (i === 0 || y === (years[i - 1] as number) + 1))
  ) {
    issues.push(
      issue(
        "PROJECTION_YEARS_INVALID",
        "error",
        { table: PRINTED_TABLE, row: "years" },
        { value: JSON.stringify(printed.years) }
      )
    );
  }
  const rows: Partial<Record<PrintedRowKey, PrintedFigure[]>> = {};
  for (const { key, row, places } of PRINTED_ROWS) {
    const raw: unknown = printed[key];
    const where = { table: PRINTED_TABLE, row: key };
    if (!Array.isArray(raw) || raw.length !== years.length) {
      issues.push(
        issue("PROJECTION_PRINTED_ROW_INVALID", "error", where, {
          name: key,
          yearCount: years.length,
        })
      );
      continue;
    }
    rows[row] = raw.map((v: unknown, i) => {
      const c = toDecimal(typeof v === "number" || typeof v === "string" ? v : undefined);
      const value = c.kind === "ok" ? c.value : new Dec(0);
      if (c.kind !== "ok") {
        const at = { ...where, column: String(years[i]) };
        issues.push(
          c.kind === "out-of-range"
            ? issue("NUMBER_OUT_OF_RANGE", "error", at, { value: c.text })
            : issue("PROJECTION_PARAM_NOT_NUMBER", "error", at, {
                name: `${key} ${years[i]}`,
                value: shownValue(String(v)),
              })
        );
      }
      const p = Math.max(places, value.decimalPlaces());
      return { value: ratFromDec(value), half: rat(1n, 2n * 10n ** BigInt(p)), places: p };
    });
  }
  return issues.length > 0
    ? fail(issues)
    : ok({ years, rows: rows as Record<PrintedRowKey, PrintedFigure[]> });
}
