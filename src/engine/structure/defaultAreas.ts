/**
 * The four execution areas (uitvoeringsgebieden), municipality → area, derived from the
 * council documents of 2021 (seeds 002 and 003), not from a published list:
 * - certain: "Gemeente Boekel en gemeente Bernheze werken samen met gemeente Meierijstad als
 *   één Sociale Dienst (één uitvoeringsgebied / subregio)" (seed 002);
 * - inferred: the documents speak of four areas and "7 gemeenten en 4 sociale diensten" after
 *   the mergers (those of 2022 in fact left six) but never name the other three areas; Oss,
 *   Maashorst (Uden, Landerd) and Land van Cuijk (its five predecessors) is the only split that
 *   keeps merging municipalities together and gives four. Likely, not confirmed: a workbook's
 *   Uitvoeringsgebied column overrides any entry.
 * Old and new names are both listed so that tables before and after 1 January 2022 group
 * alike; "Meierijstad, Veghel" is how the published P-budget table prints Meierijstad.
 */
export const DEFAULT_AREAS: Readonly<Record<string, string>> = {
  Meierijstad: "Meierijstad/Boekel/Bernheze",
  "Meierijstad, Veghel": "Meierijstad/Boekel/Bernheze",
  Boekel: "Meierijstad/Boekel/Bernheze",
  Bernheze: "Meierijstad/Boekel/Bernheze",
  Oss: "Oss",
  Maashorst: "Maashorst",
  Uden: "Maashorst",
  Landerd: "Maashorst",
  "Land van Cuijk": "Land van Cuijk",
  Boxmeer: "Land van Cuijk",
  Cuijk: "Land van Cuijk",
  Grave: "Land van Cuijk",
  "Mill en Sint Hubert": "Land van Cuijk",
  "Sint Anthonis": "Land van Cuijk",
};
