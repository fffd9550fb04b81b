import { safeAllocate } from "../../../src/engine/allocate";
import { Dec } from "../../../src/engine/decimal";
import { formatIssue } from "../../../src/engine/formatIssue";
import { ratToFixed } from "../../../src/engine/rational";
import { applyMergers } from "../../../src/engine/structure/applyMergers";
import { areaSubtotals, type AreaRow } from "../../../src/engine/structure/areaSubtotals";
import { BUILT_IN_MERGERS } from "../../../src/engine/structure/builtInMergers";
import { budgets, publishedTotal, ref } from "../../golden/reference";

const allocated2022 = (): AreaRow[] => {
  const a = safeAllocate({ rows: budgets("2022"), total: publishedTotal("2022") });
  if (!a.ok) throw new Error("the published data must be valid");
  return a.value.rows.map((r) => ({ name: r.name, amount: r.amount, weight: r.weight }));
};
const summary = (rows: AreaRow[], defaults?: Record<string, string>) => {
  const r = areaSubtotals(rows, defaults);
  return r.ok
    ? r.value.areas.map((a) => [
        a.area,
        a.members.join("+"),
        a.weight.toString(),
        a.amount.toString(),
      ])
    : r.issues.map((i) => i.code);
};

test("2022 by the default areas: four groups that add up to 4,888,105 and 2,483,650", () => {
  const r = areaSubtotals(allocated2022());
  expect(
    r.ok &&
      r.value.areas.map((a) => [
        a.area,
        a.members.join("+"),
        a.weight.toString(),
        a.amount.toString(),
        ratToFixed(a.share, 4),
      ])
  ).toEqual([
    [
      "Meierijstad/Boekel/Bernheze",
      "Bernheze+Boekel+Meierijstad, Veghel",
      "897271",
      "455904",
      "0.1836",
    ],
    [
      "Land van Cuijk",
      "Boxmeer+Cuijk+Grave+Mill en Sint Hubert+Sint Anthonis",
      "1151934",
      "585298",
      "0.2357",
    ],
    ["Maashorst", "Landerd+Uden", "764143", "388262", "0.1563"],
    ["Oss", "Oss", "2074757", "1054186", "0.4245"],
  ]);
  expect(r.ok && [r.value.weight.toString(), r.value.amount.toString()]).toEqual([
    "4888105",
    "2483650",
  ]);
  expect(r.issues).toEqual([]);
});

test("the merged 2022 names fall into the same four areas", () => {
  const merged = applyMergers(
    ref.participatiebudget_nieuwe_doelgroepen.rows.map((r) => ({
      name: r.gemeente,
      weights: { 2022: String(r[2022]) },
    })),
    BUILT_IN_MERGERS,
    2022
  );
  if (!merged.ok) throw new Error(JSON.stringify(merged.issues));
  const rows = merged.value.map((r) => ({ name: r.name, weight: r.weight, amount: new Dec(0) }));
  expect(summary(rows).map(([area, , weight]) => [area, weight])).toEqual([
    ["Meierijstad/Boekel/Bernheze", "897271"],
    ["Land van Cuijk", "1151934"],
    ["Maashorst", "764143"],
    ["Oss", "2074757"],
  ]);
});

const row = (name: string, weight: string, amount: string, area?: string | null): AreaRow => ({
  name,
  weight: new Dec(weight),
  amount: new Dec(amount),
  area,
});

test.each([
  // [rows, defaults, expected groups or codes]
  [
    [row("Oss", "2", "20"), row("Bernheze", "1", "10", "Oss")],
    undefined,
    [["Oss", "Oss+Bernheze", "3", "30"]],
  ],
  [
    [row("Oss", "2", "20", " Noord "), row("Uden", "1", "10", "Noord")],
    undefined,
    [["Noord", "Oss+Uden", "3", "30"]],
  ],
  [
    [row("X", "1", "5"), row("Oss", "1", "5")],
    undefined,
    [
      ["Oss", "Oss", "1", "5"],
      [null, "X", "1", "5"],
    ],
  ],
  [[row("Oss", "1", "5")], {}, [[null, "Oss", "1", "5"]]],
  [
    [row("A", "1", "5", "N"), row("B", "0", "0", "S")],
    {},
    [
      ["N", "A", "1", "5"],
      ["S", "B", "0", "0"],
    ],
  ],
  [[row("A", "1", "5", "N"), row("A ", "1", "5", "N")], {}, ["NAME_DUPLICATE"]],
  [[row("A", "0", "5", "N"), row("B", "0", "5", "N")], {}, ["WEIGHTS_ALL_ZERO"]],
  [[], {}, []],
] as const)("%j with defaults %j gives %j", (rows, defaults, expected) => {
  expect(summary(rows as unknown as AreaRow[], defaults)).toEqual(expected);
});

test("the unassigned group is reported by name, in Dutch and English", () => {
  const r = areaSubtotals([
    row("Oss", "1", "5"),
    row("Veghel", "1", "5"),
    row("Zeeland", "1", "5"),
  ]);
  expect(r.issues.map((i) => [i.severity, formatIssue(i, "nl"), formatIssue(i, "en")])).toEqual([
    [
      "warning",
      '2 gemeenten horen bij geen uitvoeringsgebied en staan onder "niet ingedeeld": Veghel, Zeeland.',
      '2 municipalities belong to no execution area and are shown as "unassigned": Veghel, Zeeland.',
    ],
  ]);
});
