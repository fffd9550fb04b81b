import type { Merger } from "./merger";

/**
 * The two municipal reorganisations (herindelingen) among the eleven partner municipalities,
 * both effective 1 January 2022: the laws merging Boxmeer, Cuijk, Grave, Mill en Sint Hubert
 * and Sint Anthonis into Land van Cuijk, and Landerd and Uden into Maashorst (CBS,
 * "Gemeentelijke indeling op 1 januari 2022"). The council documents of 2021 foresaw them
 * ("fusietraject regio"). Names are spelled as the published P-budget table prints them.
 */
export const BUILT_IN_MERGERS: ReadonlyArray<Merger> = [
  {
    name: "Land van Cuijk",
    from: ["Boxmeer", "Cuijk", "Grave", "Mill en Sint Hubert", "Sint Anthonis"],
    effective: "2022-01-01",
  },
  { name: "Maashorst", from: ["Landerd", "Uden"], effective: "2022-01-01" },
];
