import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { notInWords, rawNumbers } from "../engine/findingsInWords";
import { runCli, tempFile } from "./runCli";

/** What the command says on stderr, checked as the user reads it (the file names are the user's own). */
async function said(lang: "nl" | "en", ...argv: string[]) {
  const { code, stderr } = await runCli(...argv, "--lang", lang);
  const words = argv.reduce((text, arg) => text.split(arg).join("FILE"), stderr);
  return { code, stderr, faults: [...notInWords(words), ...rawNumbers(words, lang)] };
}

describe("the command's findings are words, never a code", () => {
  test.each([
    ["nl", "het bestand of de map bestaat niet"],
    ["en", "the file or folder does not exist"],
  ] as const)("a missing file (ENOENT), in %s", async (lang, words) => {
    const result = await said(lang, "audit", join(tmpdir(), "bestaat-niet.json"));
    expect(result).toMatchObject({ code: 1, faults: [] });
    expect(result.stderr).toContain(words);
  });

  test("a folder where a file belongs (EISDIR)", async () => {
    const result = await said("nl", "project", mkdtempSync(join(tmpdir(), "map-")));
    expect(result).toMatchObject({ code: 1, faults: [] });
    expect(result.stderr).toContain("het is geen gewoon bestand");
  });

  test("a CSV whose quotation mark is never closed: the line, and what is wrong, in words", async () => {
    const csv = tempFile("p.csv", 'Gemeente;P-budget\nOss;1\n"Uden;2\n');
    const result = await said("nl", "allocate", csv, "--total", "100");
    expect(result).toMatchObject({ code: 1, faults: [] });
    expect(result.stderr).toMatch(
      /rij 3: De CSV is niet geldig: een aanhalingsteken wordt niet gesloten\./
    );
  });

  test.each([
    ['{"years": [2021', "rij 1, kolom 16"],
    ['{\n  "years": [2021],\n  "baseYear": }', "rij 3, kolom 15"],
  ])("JSON that breaks off is named by line and column: %j", async (text, place) => {
    const result = await said("nl", "project", tempFile("p.json", text));
    expect(result).toMatchObject({ code: 1, faults: [] });
    expect(result.stderr).toContain(`p.json: ${place}: Het bestand is geen geldige JSON`);
  });

  test("one error is one error: the progress line agrees in number", async () => {
    const { stdout } = await runCli("refresh", tempFile("kapot.xlsx", "geen zip"));
    expect(stdout).toMatch(/niet ververst \(1 fout\)/);
    expect(stdout).toMatch(/0 van 1 bestand in orde, 1 met fouten\./);
  });
});
