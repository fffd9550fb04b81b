import { auditAll, type PublishedDocument } from "../../src/engine/audit/auditAll";
import { contributionVersusUse } from "../../src/engine/fairness/contributionVersusUse";
import { parsePlacementCategory } from "../../src/engine/fairness/placementCategory";
import { formatIssue } from "../../src/engine/formatIssue";
import type { Issue } from "../../src/engine/issue";
import type { Lang } from "../../src/engine/messages";
import { decodeProjectionParams, safeProject } from "../../src/engine/projection";
import bundled from "../../data/projection/ibn-2021-2025.json";
import { ref } from "../golden/reference";
import { notInWords, rawNumbers } from "./findingsInWords";

const LANGS: ReadonlyArray<Lang> = ["nl", "en"];

/** Every finding as the user reads it, with what should not be in it. */
const faults = (issues: ReadonlyArray<Issue>, lang: Lang) =>
  issues
    .map((i) => formatIssue(i, lang))
    .flatMap((text) => {
      const found = [...notInWords(text), ...rawNumbers(text, lang)];
      return found.length ? [{ text, found }] : [];
    });

describe.each(LANGS)("findings as the engine makes them, in %s", (lang) => {
  test("the audit of the council proposal: labels for rows, numbers as the reader writes them", () => {
    const findings = auditAll(ref as unknown as PublishedDocument);
    expect(findings.length).toBeGreaterThan(5);
    expect(faults(findings, lang)).toEqual([]);
    const pw = findings.find((i) => i.code === "PROJECTION_NOT_FROM_INPUTS")!;
    expect(formatIssue(pw, lang)).toContain(
      lang === "nl"
        ? "rij Aandeel PW in meerkosten, kolom 2021: De afgedrukte waarde 1.375.417"
        : "row PW share of extra costs, column 2021: The printed value 1,375,417"
    );
  });

  test("parameters of the projection wrong in every way: each named in words", () => {
    const variant = (change: Record<string, unknown>) => {
      const decoded = decodeProjectionParams({ ...bundled, ...change });
      return decoded.ok ? safeProject(decoded.value).issues : decoded.issues;
    };
    const issues = [
      variant({ meerkosten: ["PM", "1", "1", "1", "1"] }),
      variant({ pBudget: ["0", "1", "1", "1", "1"], demandDrivenShare: "1.5" }),
      variant({ wsw: { start: "-5", rate: "-2" }, pw: { start: "1" } }),
      variant({ kostenParticipatie: ["1", "1"] }),
      variant({ baseYear: 2019 }),
      variant({ overrides: [{ row: "aandeelPwInMeerkosten", year: 2030, value: "1.5" }] }),
      variant({ overrides: [{ row: "nietBestaand", year: 2021, value: "1" }] }),
    ].flat();
    expect(issues.length).toBeGreaterThanOrEqual(8);
    expect(faults(issues, lang)).toEqual([]);
  });

  test("placements: the category in words, and either language's name read back", () => {
    const result = contributionVersusUse({
      placements: [
        { municipality: "Oss", category: "beschut_werk", count: "-1", where: { row: "Oss" } },
        { municipality: "Uden", category: "ontwikkelpotentieel_laag", count: "", where: {} },
      ],
      contributions: [],
      tariffs: { beschut_werk: "x" },
    } as unknown as Parameters<typeof contributionVersusUse>[0]);
    expect(result.ok).toBe(false);
    expect(faults(result.issues, lang)).toEqual([]);
    expect(parsePlacementCategory("Sheltered work")).toBe("beschut_werk");
    expect(parsePlacementCategory("ontwikkelpotentieel midden/hoog")).toBe(
      "ontwikkelpotentieel_midden_hoog"
    );
  });
});
