import {
  contributionVersusUse,
  type FairnessInput,
} from "../../../src/engine/fairness/contributionVersusUse";
import { formatIssue } from "../../../src/engine/formatIssue";
import { ratToFixed } from "../../../src/engine/rational";

type P = [string, string, string | null];
type C = [string, string | null];

/** Per municipality "use / contribution / difference / ratio", or the codes of the findings. */
const compare = (placements: P[], contributions: C[], tariffs?: FairnessInput["tariffs"]) => {
  const r = contributionVersusUse({
    placements: placements.map(([municipality, category, count]) => ({
      municipality,
      category,
      count,
    })),
    contributions: contributions.map(([municipality, amount]) => ({ municipality, amount })),
    tariffs,
  });
  if (!r.ok) return r.issues.map((i) => i.code);
  return r.value.rows.map(
    (x) =>
      `${x.municipality}: ${x.useEquivalent} / ${x.contribution} / ${x.difference} / ${x.ratio ? ratToFixed(x.ratio, 4) : "-"}`
  );
};

test.each([
  // [placements as [municipality, category, FTE], contributions, tariffs, expected]
  [
    [
      ["A", "ontwikkelpotentieel_laag", "2"],
      ["A", "Ontwikkelpotentieel midden/hoog", "1.5"],
    ],
    [["A", "20000"]],
    undefined,
    ["A: 16450 / 20000 / 3550 / 1.2158"],
  ],
  [[["A", "beschut werk", "0.5"]], [["A", "3850"]], undefined, ["A: 3850 / 3850 / 0 / 1.0000"]],
  [
    [
      ["A", "na_ontwikkeltraject", "0.25"],
      ["A", "na-ontwikkeltraject", "0.25"],
    ],
    [["A", "1000"]],
    undefined,
    ["A: 2050 / 1000 / -1050 / 0.4878"],
  ],
  [[], [["A", "500"]], undefined, ["A: 0 / 500 / 500 / -"]],
  [[["A", "ontwikkelpotentieel_laag", "0"]], [["A", "500"]], undefined, ["A: 0 / 500 / 500 / -"]],
  [[["A", "ontwikkelpotentieel_laag", "-0"]], [["A", "500"]], undefined, ["A: 0 / 500 / 500 / -"]],
  [
    [["A", "ontwikkelpotentieel_laag", "0.333333"]],
    [["A", "1366.6653"]],
    undefined,
    ["A: 1366.6653 / 1366.6653 / 0 / 1.0000"],
  ],
  [
    [["A", "ontwikkelpotentieel_laag", "1"]],
    [["A", "5000"]],
    { ontwikkelpotentieel_laag: "5000.50" },
    ["A: 5000.5 / 5000 / -0.5 / 0.9999"],
  ],
  [
    [["B", "beschut_werk", "1"]],
    [
      ["A", "10"],
      ["B", "-7700"],
    ],
    undefined,
    ["A: 0 / 10 / 10 / -", "B: 7700 / -7700 / -15400 / -1.0000"],
  ],
  [[[" A", "beschut_werk", "1"]], [["A ", "7700"]], undefined, ["A: 7700 / 7700 / 0 / 1.0000"]],
  [
    [["A", "ontwikkelpotentieel_laag", "-1"]],
    [["A", "1"]],
    undefined,
    ["PLACEMENT_COUNT_NEGATIVE"],
  ],
  [
    [["A", "ontwikkelpotentieel_laag", "abc"]],
    [["A", "1"]],
    undefined,
    ["PLACEMENT_COUNT_NOT_NUMBER"],
  ],
  [
    [["A", "ontwikkelpotentieel_laag", "1,5"]],
    [["A", "1"]],
    undefined,
    ["PLACEMENT_COUNT_NOT_NUMBER"],
  ],
  [[["A", "ontwikkelpotentieel_laag", null]], [["A", "1"]], undefined, ["PLACEMENT_COUNT_MISSING"]],
  [[["A", "hoog", "1"]], [["A", "1"]], undefined, ["PLACEMENT_CATEGORY_UNKNOWN"]],
  [[["", "beschut_werk", "1"]], [["A", "1"]], undefined, ["NAME_MISSING"]],
  [
    [
      ["B", "beschut_werk", "1"],
      ["B", "beschut_werk", "2"],
    ],
    [["A", "1"]],
    undefined,
    ["CONTRIBUTION_MISSING"],
  ],
  [[["A", "beschut_werk", "1"]], [["A", null]], undefined, ["CONTRIBUTION_BLANK"]],
  [[["A", "beschut_werk", "1"]], [["A", "€ 1.000"]], undefined, ["CONTRIBUTION_NOT_NUMBER"]],
  [
    [],
    [
      ["A", "1"],
      ["A", "2"],
    ],
    undefined,
    ["NAME_DUPLICATE"],
  ],
  [[], [["A", "1"]], { beschut_werk: "-1" }, ["TARIFF_INVALID"]],
  [[], [["A", "1"]], { beschut_werk: "abc" }, ["TARIFF_INVALID"]],
  [[], [["A", "1"]], { beschut_werk: null }, ["TARIFF_INVALID"]],
] as const)(
  "%j against %j with tariffs %j gives %j",
  (placements, contributions, tariffs, expected) => {
    expect(compare(placements as unknown as P[], contributions as unknown as C[], tariffs)).toEqual(
      expected
    );
  }
);

test("the published tariffs are the defaults: €4,100, €5,500, €4,100 per FTE and €7,700 for sheltered work", () => {
  const r = contributionVersusUse({ placements: [], contributions: [] });
  expect(
    r.ok && Object.fromEntries(Object.entries(r.value.tariffs).map(([k, v]) => [k, v.toString()]))
  ).toEqual({
    ontwikkelpotentieel_laag: "4100",
    ontwikkelpotentieel_midden_hoog: "5500",
    na_ontwikkeltraject: "4100",
    beschut_werk: "7700",
  });
});

test("findings point at the workbook cell and read in Dutch and English", () => {
  const r = contributionVersusUse({
    placements: [
      {
        municipality: "Oss",
        category: "beschut",
        count: "2",
        where: { sheet: "Plaatsingen", cell: "B7" },
      },
    ],
    contributions: [{ municipality: "Oss", amount: "1054186" }],
  });
  expect(r.issues.map((i) => formatIssue(i, "nl"))).toEqual([
    'Plaatsingen!B7: Onbekende categorie "beschut" bij Oss; kies uit: Ontwikkelpotentieel laag, Ontwikkelpotentieel midden/hoog, Na ontwikkeltraject, Beschut werk.',
  ]);
  expect(r.issues.map((i) => formatIssue(i, "en"))).toEqual([
    'Plaatsingen!B7: Unknown category "beschut" for Oss; choose from: Low development potential, Medium/high development potential, After the trajectory, Sheltered work.',
  ]);
});

test("a municipality with placements but no contribution is named once, at its first placement", () => {
  const r = contributionVersusUse({
    placements: [
      { municipality: "Uden", category: "beschut_werk", count: "1" },
      { municipality: "Uden", category: "ontwikkelpotentieel_laag", count: "1" },
    ],
    contributions: [{ municipality: "Maashorst", amount: "388262" }],
  });
  expect(r.issues).toEqual([
    {
      code: "CONTRIBUTION_MISSING",
      severity: "error",
      where: { row: 1 },
      params: { name: "Uden" },
    },
  ]);
});
