import { issue, type Issue } from "../engine/issue";
import { EXIT_INPUT, EXIT_USAGE, type CliIo, type Command } from "./cliIo";
import { langOf, UsageError } from "./commonArgs";
import { allocateCommand } from "./commands/allocate";
import { auditCommand } from "./commands/audit";
import { checkCommand } from "./commands/check";
import { demoCommand } from "./commands/demo";
import { periodCommand } from "./commands/period";
import { projectCommand } from "./commands/project";
import { refreshCommand } from "./commands/refresh";
import { internalError, stackTrace } from "./internalError";
import { issuesJson, printIssues } from "./issueOutput";
import { jsonText } from "./jsonText";
import { terminalSafe } from "./terminalSafe";
import { version } from "./version";

const commands: Record<string, Command> = {
  allocate: allocateCommand,
  period: periodCommand,
  project: projectCommand,
  audit: auditCommand,
  refresh: refreshCommand,
  check: checkCommand,
  demo: demoCommand,
};

const USAGE = `lumpsum ${version} — de IBN-lumpsum verdelen en controleren / share out and check the IBN lump sum

  lumpsum allocate <budgets.csv> --total <amount> [--decimals 0|2] [--json] [--lang nl|en]
  lumpsum period <budgets.csv> --totals 2021=2246325,2022=2483650 --from 2021-07-01 --to 2022-12-31
                 [--basis months|days] [--decimals 0|2] [--json] [--lang nl|en]
  lumpsum project <parameters.json> [--scenario 0|I|II|III|all] [--json] [--lang nl|en]
  lumpsum audit <published.json> [--json] [--lang nl|en]
  lumpsum refresh <annex.xlsx>... [--out <file.xlsx>] [--force] [--json] [--lang nl|en]
  lumpsum check <annex.xlsx>... [--json] [--lang nl|en]
  lumpsum demo [--out <dir>] [--lang nl|en]

Every command also takes --debug: an internal error then prints its stack trace.
Exit codes: 0 done (warnings allowed), 1 input rejected, 2 usage error. See README.md.
`;

/**
 * Runs one command. Whatever it writes reaches the terminal with control characters escaped;
 * whatever goes wrong ends as a finding (with --json, in a JSON document on stdout), never as a
 * stack trace unless --debug asks for one.
 */
export async function main(argv: string[], given: CliIo = nodeIo()): Promise<number> {
  const io = terminalIo(given);
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.stdout(USAGE);
    return name === undefined ? EXIT_USAGE : 0;
  }
  if (name === "--version") {
    io.stdout(`${version}\n`);
    return 0;
  }
  const command = commands[name];
  const json = rest.includes("--json");
  const failWith = (found: Issue, exit: number, text?: string): number => {
    if (json) io.stdout(jsonText({ issues: issuesJson([found], langIn(rest)) }));
    if (text === undefined) printIssues(io, [found], langIn(rest));
    else io.stderr(text);
    return exit;
  };
  if (!command) {
    const detail = `unknown command "${name}"`;
    return failWith(usage(detail), EXIT_USAGE, `lumpsum: ${detail}\n\n${USAGE}`);
  }
  try {
    return await command(rest, io);
  } catch (e) {
    if (e instanceof UsageError)
      return failWith(usage(e.message), EXIT_USAGE, `lumpsum ${name}: ${e.message}\n`);
    if (rest.includes("--debug")) io.stderr(stackTrace(e));
    return failWith(internalError(e), EXIT_INPUT);
  }
}

const usage = (detail: string): Issue => issue("CLI_USAGE", "error", undefined, { detail });

/** The --lang of the arguments for a last message, Dutch when it is missing or itself wrong. */
function langIn(argv: ReadonlyArray<string>) {
  const at = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const value = at < 0 ? undefined : argv[at]!.includes("=") ? argv[at]!.slice(7) : argv[at + 1];
  try {
    return langOf(value);
  } catch {
    return "nl";
  }
}

/** The command's output streams with every character a terminal would act on made visible. */
const terminalIo = (io: CliIo): CliIo => ({
  ...io,
  stdout: (text) => io.stdout(terminalSafe(text)),
  stderr: (text) => io.stderr(terminalSafe(text)),
});

function nodeIo(): CliIo {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
  };
}
