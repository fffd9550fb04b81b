import type { Lang } from "../engine/messages";
import { DEFAULT_AREAS } from "../engine/structure/defaultAreas";
import { num, text, type Cell } from "../ports/cell";
import { isoToSerial } from "../ports/readDateCell";
import type { WorkbookSpec } from "../ports/workbookSpec";

/**
 * The IBN 2021–2022 example, as the council proposal of gemeente Boekel of 23 February 2021
 * publishes it (seed 002, "Partnership gemeenten - IBN"; source of the P-budgets: the
 * September circular): the P-budgets of the eleven municipalities for 2021 and 2022, the total
 * lump sums and the first agreement period. The same figures are in
 * data/ibn-2021-2022/p-budget.csv; the execution areas are the engine's DEFAULT_AREAS.
 */
export const IBN_EXAMPLE = {
  budgets: [
    ["Bernheze", "295299", "324597"],
    ["Boekel", "108215", "119243"],
    ["Boxmeer", "341240", "375811"],
    ["Cuijk", "359625", "394774"],
    ["Grave", "122758", "135177"],
    ["Landerd", "137264", "150930"],
    ["Meierijstad, Veghel", "411248", "453431"],
    ["Mill en Sint Hubert", "147594", "162028"],
    ["Oss", "1883249", "2074757"],
    ["Sint Anthonis", "76855", "84144"],
    ["Uden", "557447", "613213"],
  ],
  years: [2021, 2022],
  totals: { 2021: "2246325", 2022: "2483650" },
  period: { start: "2021-07-01", end: "2022-12-31" },
} as const;

const DATE_FORMAT = "d-m-yyyy";

/** The example as an annex workbook in the documented layout, headed in `lang`. */
export function ibnExampleSpec(lang: Lang): WorkbookSpec {
  const { budgets, years, totals, period } = IBN_EXAMPLE;
  const t =
    lang === "nl"
      ? {
          title: "Participatiebudget nieuwe doelgroepen (bron: septembercirculaire)",
          name: "Gemeente",
          start: "Periode van",
          end: "Periode tot en met",
        }
      : {
          title: "Participation budget for new target groups (source: September circular)",
          name: "Municipality",
          start: "Period from",
          end: "Period to (inclusive)",
        };
  const budgetRows: Cell[][] = budgets.map(([name, a, b]) => [
    text(name),
    num(a),
    num(b),
    text(DEFAULT_AREAS[name]!),
  ]);
  const last = 3 + budgetRows.length;
  return {
    sheets: [
      {
        name: "P-budget",
        cells: [
          [text(t.title)],
          [],
          [text(t.name), ...years.map((y) => text(String(y))), text("Uitvoeringsgebied")],
          ...budgetRows,
        ],
        columnWidths: [22, 12, 12, 28],
      },
      {
        name: "Lumpsum",
        cells: [
          [
            text("Jaar"),
            text("Totaal"),
            { t: "blank" },
            text(t.start),
            num(isoToSerial(period.start)!),
          ],
          [
            num(String(years[0])),
            num(totals[2021]),
            { t: "blank" },
            text(t.end),
            num(isoToSerial(period.end)!),
          ],
          [num(String(years[1])), num(totals[2022])],
        ],
        formats: { E1: DATE_FORMAT, E2: DATE_FORMAT },
        columnWidths: [8, 12, 3, 20, 12],
      },
    ],
    tables: [
      { name: "PBudget", sheet: "P-budget", ref: `A3:D${last}` },
      { name: "Lumpsum", sheet: "Lumpsum", ref: "A1:B3" },
    ],
    names: [
      { name: "PeriodeStart", ref: "Lumpsum!$E$1" },
      { name: "PeriodeEinde", ref: "Lumpsum!$E$2" },
    ],
  };
}
