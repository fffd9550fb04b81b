import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main } from '../../src/cli/main';

/** Runs the CLI in-process with captured output, from the project root. */
export async function runCli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd: resolve(__dirname, '../..') });
  return { code, stdout, stderr };
}

/** A file in a fresh temporary folder; returns its absolute path. */
export function tempFile(name: string, content: string | Uint8Array): string {
  const path = join(mkdtempSync(join(tmpdir(), 'lumpsum-test-')), name);
  writeFileSync(path, content);
  return path;
}
