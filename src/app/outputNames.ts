/**
 * The sheets and tables a refresh owns, with stable Dutch names: formulas elsewhere in the
 * workbook may refer to them (=SUM(LumpsumPerJaar[Lumpsum 2022])) across refreshes.
 */
export const OUTPUT = {
  perYear: { sheet: "Lumpsum per jaar", table: "LumpsumPerJaar" },
  period: { sheet: "Lumpsum periode", table: "LumpsumPeriode" },
  restated: { sheet: "Lumpsum na herindeling", table: "LumpsumNaHerindeling" },
  controle: { sheet: "Controle", table: "Controle" },
} as const;
