import { promises as nodeFs } from "fs";
import { basename, dirname, join } from "path";
import { issue, type Issue } from "../../engine/issue";
import { PortError } from "../../ports/portError";

/** The slice of fs.promises a save needs; tests pass one that fails on purpose. */
export type SaveFs = Pick<
  typeof nodeFs,
  "open" | "rename" | "unlink" | "readdir" | "stat" | "chmod"
>;

/**
 * The temporary file a save writes next to its target: hidden, tied to the target's name and
 * to the writing process, so a leftover can be recognised and removed by a later run.
 */
export const tempNameFor = (target: string, pid: number): string =>
  `.~lumpsum-${basename(target)}.${pid}.tmp`;

/** The process id in the name of a temporary file for `target`, if `entry` is one. */
function tempPid(entry: string, target: string): number | undefined {
  const stem = tempNameFor(target, 0).slice(0, -"0.tmp".length);
  const pid =
    entry.startsWith(stem) && entry.endsWith(".tmp")
      ? entry.slice(stem.length, -".tmp".length)
      : "";
  return /^\d+$/.test(pid) ? Number(pid) : undefined;
}

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
};

const writeFailed = (target: string, error: unknown): PortError =>
  new PortError(
    issue(
      "PKG_WRITE_FAILED",
      "error",
      { file: target },
      { reason: (error as NodeJS.ErrnoException).code ?? String(error) }
    )
  );

/**
 * Writes `bytes` to `target` so that the target is either the old file or the new one, never a
 * mix: a temporary file in the same folder, flushed to disk, then renamed over the target. On
 * any failure the temporary file is removed and the target is untouched. Refuses while Excel
 * (`~$name`) or LibreOffice (`.~lock.name#`) has the workbook open. Returns, as info findings,
 * the leftovers of killed earlier runs it removed.
 */
export async function saveAtomically(
  target: string,
  bytes: Uint8Array,
  fs: SaveFs = nodeFs
): Promise<Issue[]> {
  const folder = dirname(target);
  const name = basename(target);
  const entries = await fs.readdir(folder).catch((error: unknown) => {
    throw writeFailed(target, error);
  });
  const lock = entries.find((e) => e === `~$${name}` || e === `.~lock.${name}#`);
  if (lock) throw new PortError(issue("PKG_LOCKED", "error", { file: target }, { lockFile: lock }));

  const removed: Issue[] = [];
  for (const entry of entries) {
    const pid = tempPid(entry, target);
    if (pid === undefined || isAlive(pid)) continue;
    await fs.unlink(join(folder, entry)).catch((error: unknown) => {
      throw writeFailed(target, error);
    });
    removed.push(issue("PKG_LEFTOVER_REMOVED", "info", { file: target }, { name: entry }));
  }

  const temp = join(folder, tempNameFor(target, process.pid));
  try {
    const handle = await fs.open(temp, "w");
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    // A new --out file has no mode to keep.
    const mode = await fs.stat(target).then(
      (s) => s.mode,
      () => undefined
    );
    if (mode !== undefined) await fs.chmod(temp, mode);
    await fs.rename(temp, target);
  } catch (error) {
    // The temporary file may not exist (open failed); one that cannot be removed now is a leftover the next run removes.
    await fs.unlink(temp).catch(() => undefined);
    throw writeFailed(target, error);
  }
  return removed;
}
