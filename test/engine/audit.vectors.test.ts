import { auditAll } from "../../src/engine/audit/auditAll";
import { ref } from "../golden/reference";

/** Each finding as "severity code table/row/column printed→recomputed (difference)": one line per vector. */
const audit = (doc: unknown): string[] =>
  auditAll(doc).map((i) =>
    [
      i.severity,
      i.code,
      [i.where?.table, i.where?.row, i.where?.column].filter((x) => x !== undefined).join("/"),
      i.params?.recomputed === undefined
        ? ""
        : `${i.params.printed}→${i.params.recomputed} (${i.params.difference})`,
    ]
      .join(" ")
      .trim()
  );
const errors = (doc: unknown) => audit(doc).filter((f) => f.startsWith("error"));

const {
  lumpsum_per_year: ls,
  participatiebudget_nieuwe_doelgroepen: pb,
  lumpsum_first_period: pt,
} = ref;
const withLumpsumRows = (rows: unknown[]) => ({ ...ref, lumpsum_per_year: { ...ls, rows } });
const bernheze = ls.rows[0]!;

test.each<[string, unknown, string[]]>([
  ["an empty document", {}, ["error AUDIT_DOCUMENT_EMPTY"]],
  ["a list, not a document", [ls], ["error AUDIT_DOCUMENT_EMPTY"]],
  ["only a description", { about: "x", unit: "EUR" }, ["error AUDIT_DOCUMENT_EMPTY"]],
  ["a misspelt table", { lumpsum_per_jaar: ls }, ["error AUDIT_SECTION_UNKNOWN lumpsum_per_jaar"]],
  [
    "a table of the wrong shape",
    { lumpsum_per_year: { rows: 5 } },
    ["error AUDIT_SECTION_INVALID lumpsum_per_year"],
  ],
  [
    "amounts without P-budgets",
    { lumpsum_per_year: ls },
    ["error AUDIT_FIGURES_UNCHECKED Lumpsum per jaar"],
  ],
  [
    "a period without P-budgets",
    { lumpsum_first_period: pt },
    ["error AUDIT_FIGURES_UNCHECKED Lumpsum periode"],
  ],
  [
    "a year printed without its P-budgets",
    {
      ...ref,
      lumpsum_per_year: {
        ...ls,
        rows: ls.rows.map((r) => ({ ...r, 2023: 1 })),
        printed_total: { ...ls.printed_total, 2023: 11 },
      },
    },
    ["error AUDIT_FIGURES_UNCHECKED Lumpsum per jaar/2023"],
  ],
  [
    "a municipality twice, the first with a wrong figure",
    withLumpsumRows([{ ...bernheze, 2021: 149000 }, ...ls.rows]),
    [
      "error AUDIT_ROW_DUPLICATE Lumpsum per jaar/Bernheze",
      "error AUDIT_AMOUNT_NOT_FOLLOWING Lumpsum per jaar/Bernheze/2021 149000→149374 (-374)",
    ],
  ],
  [
    "a printed amount with cents in a whole-euro table",
    withLumpsumRows([{ ...bernheze, 2021: 149374.4 }, ...ls.rows.slice(1)]),
    ["error AUDIT_NOT_WHOLE_EUROS Lumpsum per jaar/Bernheze/2021"],
  ],
  [
    "a P-budget twice",
    { ...ref, participatiebudget_nieuwe_doelgroepen: { ...pb, rows: [...pb.rows, pb.rows[0]!] } },
    ["error AUDIT_ROW_DUPLICATE P-budget/Bernheze"],
  ],
])("%s", (_, doc, expected) => expect(errors(doc)).toEqual(expected));

test("the total line of a column with cents says by how much, never -0", () => {
  const found = audit(withLumpsumRows([{ ...bernheze, 2021: 149374.4 }, ...ls.rows.slice(1)]));
  expect(found).toContain(
    "warning AUDIT_TOTAL_NOT_SUM Lumpsum per jaar/Totaal/2021 2246325.0→2246325.4 (-0.4)"
  );
});

test("old names blank for 2022 and the new names blank for 2021 are no missing figures", () => {
  const LVC = ["Boxmeer", "Cuijk", "Grave", "Mill en Sint Hubert", "Sint Anthonis"];
  const sum = LVC.reduce((s, n) => s + pb.rows.find((r) => r.gemeente === n)![2022], 0);
  const doc = {
    participatiebudget_nieuwe_doelgroepen: {
      years: [2021, 2022],
      rows: [
        ...pb.rows.map((r) => (LVC.includes(r.gemeente) ? { ...r, 2022: "" } : r)),
        { gemeente: "Land van Cuijk", 2021: "", 2022: sum },
      ],
    },
  };
  expect(errors(doc)).toEqual([]);
});
