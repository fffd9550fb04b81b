import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Command } from "../../src/cli/cliIo";
import { main } from "../../src/cli/main";

/** Runs one command in-process in `cwd`, with its output captured. */
export async function runCommand(command: Command, cwd: string, ...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await command(argv, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    cwd,
  });
  return { code, stdout, stderr };
}

/** The whole `lumpsum` command, from the project root. */
export const runCli = (...argv: string[]) => runCommand(main, resolve(__dirname, "../.."), ...argv);

/** A file in a fresh temporary folder; returns its absolute path. */
export function tempFile(name: string, content: string | Uint8Array): string {
  const path = join(mkdtempSync(join(tmpdir(), "lumpsum-test-")), name);
  writeFileSync(path, content);
  return path;
}
