import { formatAmount } from "../formatAmount";
import { ratToDec } from "../rational";
import { fail, ok, type Result } from "../result";
import { DERIVED_ROWS, recompute } from "./derivedRows";
import { readPrinted, type PrintedFigure, type PrintedProjection } from "./printedProjection";
import type { ProjectionOverride, ProjectionParams } from "./projectionParams";
import { publishedParams } from "./publishedParams";

/**
 * Parameters from a printed projection table (the reference file's shape): its volumes,
 * costs and P-budgets, and the published effect parameters (the table prints 50% and 10%;
 * the amount per unit is fitted to it). Where a printed PW share of extra costs does not
 * follow from its inputs it cannot be recomputed, so it is kept as printed, as an override.
 */
export function paramsFromPrinted(printed: PrintedProjection): Result<ProjectionParams> {
  const read = readPrinted(printed);
  if (!read.ok) return fail(read.issues);
  const table = read.value;
  const values = (row: "wsw" | "pw" | "meerkosten" | "kostenParticipatie" | "pBudget") =>
    table.rows[row].map((f) => ratToDec(f.value, f.places));
  const share = DERIVED_ROWS.find((d) => d.row === "aandeelPwInMeerkosten");
  const overrides: ProjectionOverride[] = [];
  table.years.forEach((year, i) => {
    const r = share && recompute(table, share, i);
    if (!r || r.follows) return;
    const figure = table.rows.aandeelPwInMeerkosten[i] as PrintedFigure;
    const shown = (lang: "nl" | "en") => formatAmount(ratToDec(r.value, 0), 0, lang);
    overrides.push({
      row: "aandeelPwInMeerkosten",
      year,
      value: ratToDec(figure.value, figure.places),
      note: {
        nl: `Zoals afgedrukt; volgt niet uit meerkosten × aandeel PW (ongeveer ${shown("nl")}).`,
        en: `As printed; does not follow from extra costs × PW share (about ${shown("en")}).`,
      },
    });
  });
  const published = publishedParams();
  return ok({
    status: "custom",
    notes: [
      {
        nl: "Gelezen uit een afgedrukte projectietabel; vraaggestuurd aandeel, hogere TW en TW per eenheid zoals gepubliceerd.",
        en: "Read from a printed projection table; demand-driven share, added-value uplift and added value per unit as published.",
      },
    ],
    years: table.years,
    baseYear: table.years[0] as number,
    decimals: 0,
    wsw: { kind: "values", values: values("wsw") },
    pw: { kind: "values", values: values("pw") },
    meerkosten: values("meerkosten"),
    kostenParticipatie: values("kostenParticipatie"),
    pBudget: values("pBudget"),
    demandDrivenShare: published.demandDrivenShare,
    addedValueUplift: published.addedValueUplift,
    addedValuePerUnit: published.addedValuePerUnit,
    overrides,
  });
}
