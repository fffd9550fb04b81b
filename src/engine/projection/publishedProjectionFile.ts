/**
 * data/projection/ibn-2021-2025.json, embedded: the engine is pure and reads no files, so the
 * bundled parameters live here as well; a test keeps the two identical.
 */
export const PUBLISHED_PROJECTION_FILE = {
  about:
    "Parameters of the published projection 2021-2025 (scenario II) for `lumpsum project`, and the table as printed. Source: council proposal of gemeente Boekel of 23 February 2021, 'Partnership gemeenten - IBN' (seed 002_4e25d81601d15b00.txt), last table ('doorrekening financiele effecten op langere termijn'); figures copied from data/reference/ibn-partnership-2021.json, key projection_2021_2025. Amounts in euros, volumes in FTE-like units, fractions as decimals (0.5 = 50%). Every parameter value is a decimal string; `printed` keeps the reference file's JSON numbers and is not read as parameters.",
  scenario: "II",
  status: "published",
  notes: [
    {
      nl: "Gepubliceerd: raadsvoorstel gemeente Boekel, 23 februari 2021, laatste tabel (doorrekening financiële effecten op langere termijn), scenario II.",
      en: "Published: council proposal of gemeente Boekel, 23 February 2021, last table (long-term financial projection), scenario II.",
    },
    {
      nl: "De toegevoegde waarde per eenheid (45.760) is niet afgedrukt: afgeleid uit de rij 'Effect hogere TW', die −2.288 per eenheid PW-groei sinds 2021 is (50% × 10% × 45.760).",
      en: "The added value per unit (45,760) is not printed: derived from the row 'Effect hogere TW', which is −2,288 per unit of PW growth since 2021 (50% × 10% × 45,760).",
    },
  ],
  years: [2021, 2022, 2023, 2024, 2025],
  baseYear: 2021,
  decimals: 0,
  wsw: {
    values: ["1548.8", "1459.5", "1375.3", "1296.1", "1221.3"],
  },
  pw: {
    values: ["337.8", "406.1", "462.1", "508.0", "545.7"],
  },
  meerkosten: ["8218502", "8126780", "8126780", "8126780", "8126780"],
  kostenParticipatie: ["870908", "870908", "870908", "870908", "870908"],
  pBudget: ["4440796", "4888106", "5335550", "5748398", "6228611"],
  demandDrivenShare: "0.5",
  addedValueUplift: "0.1",
  addedValuePerUnit: "45760",
  overrides: [
    {
      row: "aandeelPwInMeerkosten",
      year: 2021,
      value: "1375417",
      note: {
        nl: "Zoals afgedrukt; volgt niet uit meerkosten × aandeel PW (ongeveer 1.471.541).",
        en: "As printed; does not follow from extra costs × PW share (about 1,471,541).",
      },
    },
  ],
  printed: {
    note: "Long-term projection ('doorrekening financiele effecten op langere termijn'). Assumption printed with it: 50% of inflow is demand-driven and the added value (toegevoegde waarde, TW) of that inflow is 10% higher than today. Volumes in FTE-like units with one decimal. 'index (2021 = 100)' as printed.",
    years: [2021, 2022, 2023, 2024, 2025],
    wsw: [1548.8, 1459.5, 1375.3, 1296.1, 1221.3],
    pw: [337.8, 406.1, 462.1, 508.0, 545.7],
    total_volume: [1886.6, 1865.6, 1837.4, 1804.0, 1767.0],
    index_printed: [100, 98.9, 98.5, 98.2, 97.9],
    aandeel_pw_printed_pct: [18, 22, 25, 28, 31],
    meerkosten: [8218502, 8126780, 8126780, 8126780, 8126780],
    aandeel_pw_in_meerkosten: [1375417, 1768968, 2043686, 2288377, 2509644],
    kosten_participatie: [870908, 870908, 870908, 870908, 870908],
    effect_hogere_tw: [0, -156225, -284394, -389545, -475811],
    totaal_lumpsum: [2246325, 2483650, 2630199, 2769740, 2904740],
    p_budget: [4440796, 4888106, 5335550, 5748398, 6228611],
    lumpsum_pct_of_p_budget_printed: [51, 51, 49, 48, 47],
  },
} as const;
