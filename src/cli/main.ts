import { EXIT_USAGE, type CliIo, type Command } from "./cliIo";
import { UsageError } from "./commonArgs";
import { allocateCommand } from "./commands/allocate";
import { auditCommand } from "./commands/audit";
import { checkCommand } from "./commands/check";
import { demoCommand } from "./commands/demo";
import { periodCommand } from "./commands/period";
import { projectCommand } from "./commands/project";
import { refreshCommand } from "./commands/refresh";
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
  lumpsum refresh <annex.xlsx>... [--out <file.xlsx>] [--json] [--lang nl|en]
  lumpsum check <annex.xlsx>... [--json] [--lang nl|en]
  lumpsum demo [--out <dir>] [--lang nl|en]

Exit codes: 0 done (warnings allowed), 1 input rejected, 2 usage error. See README.md.
`;

export async function main(argv: string[], io: CliIo = nodeIo()): Promise<number> {
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
  if (!command) {
    io.stderr(`lumpsum: unknown command "${name}"\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  try {
    return await command(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`lumpsum ${name}: ${e.message}\n`);
      return EXIT_USAGE;
    }
    throw e;
  }
}

function nodeIo(): CliIo {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
  };
}
