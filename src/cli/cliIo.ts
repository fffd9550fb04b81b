/** What a command may touch besides files: its output streams and its working folder. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
}

/**
 * Exit codes, the CLI contract: 0 done (warnings allowed), 1 input rejected, 2 usage error,
 * 3 (`check` only) the output tables are out of date or missing: a refresh would change them.
 */
export const EXIT_OK = 0;
export const EXIT_INPUT = 1;
export const EXIT_USAGE = 2;
export const EXIT_STALE = 3;

export type Command = (argv: string[], io: CliIo) => Promise<number>;
