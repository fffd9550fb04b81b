import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { annexBytes } from "../fixtures/damagedPackages";
import { tempDir } from "./annexCli";
import { runCli } from "./runCli";

// Stand-ins for bugs: the audit command, and the refresh of one file, fail as no input should make them.
jest.mock("../../src/cli/commands/audit", () => ({
  ...jest.requireActual("../../src/cli/commands/audit"),
  auditCommand: async () => {
    throw new TypeError("Cannot read properties of undefined (reading 'rows')");
  },
}));
jest.mock("../../src/app/refreshWorkbook", () => {
  const actual = jest.requireActual("../../src/app/refreshWorkbook");
  return {
    refreshWorkbook: (port: { fileName: string }, options: unknown) => {
      if (port.fileName.endsWith("eerste.xlsx")) throw new RangeError("Invalid array length");
      return actual.refreshWorkbook(port, options);
    },
  };
});

const STACK_FRAME = /^\s+at .+[(:]\d+/m;

describe("an internal error is one sentence, its trace only with --debug", () => {
  it("says what failed, that it is ours and how to report it, without a trace", async () => {
    const { code, stdout, stderr } = await runCli("audit", "x.json", "--lang", "en");
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toBe(
      "error: Internal error in lumpsum (TypeError: Cannot read properties of undefined (reading 'rows')); this is not caused by your input. Report it to whoever maintains lumpsum for you, with the output of the same command run with --debug.\n"
    );
  });

  it("prints the trace with --debug, and a JSON document with --json", async () => {
    const debug = await runCli("audit", "x.json", "--debug");
    expect(debug.stderr).toMatch(STACK_FRAME);
    const json = await runCli("audit", "x.json", "--json");
    expect(JSON.parse(json.stdout).issues).toEqual([
      expect.objectContaining({ code: "INTERNAL_ERROR", severity: "error" }),
    ]);
    expect(json.stderr).not.toMatch(STACK_FRAME);
  });

  it("in a run over files, ends that file with the finding and goes on with the next", async () => {
    const dir = tempDir();
    for (const name of ["eerste.xlsx", "tweede.xlsx"]) writeFileSync(join(dir, name), annexBytes());
    const { code, stdout, stderr } = await runCli(
      "refresh",
      join(dir, "eerste.xlsx"),
      join(dir, "tweede.xlsx"),
      "--json"
    );
    expect(code).toBe(1);
    const [first, second] = JSON.parse(stdout).files;
    expect(first.issues).toEqual([
      expect.objectContaining({
        code: "INTERNAL_ERROR",
        where: { file: join(dir, "eerste.xlsx") },
        params: { detail: "RangeError: Invalid array length" },
      }),
    ]);
    expect(second).toMatchObject({ ok: true, written: true });
    expect(stderr).not.toMatch(STACK_FRAME);
    const debug = await runCli("refresh", join(dir, "eerste.xlsx"), "--debug");
    expect(debug.stderr).toMatch(STACK_FRAME);
  });
});

describe("a reader that goes away", () => {
  it("(lumpsum … | head) ends the output, not the run: no EPIPE trace, the command's own exit code", async () => {
    const rows = Array.from({ length: 50_000 }, (_, i) => `G${i},${i + 1}`).join("\n");
    const csv = join(tempDir(), "b.csv");
    writeFileSync(csv, `Gemeente,P-budget\n${rows}\n`);
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "test/fixtures/cliChild.ts", "allocate", csv, "--total", "100"],
      { stdio: ["ignore", "pipe", "pipe"] }
    );
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    // Read the first block, then hang up, as head does.
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise((done) => child.on("close", done));
    expect(stderr).toBe("");
    expect(code).toBe(0);
  });
});
