import { promises as nodeFs } from "fs";
import { basename, dirname, join } from "path";
import { issue, type Issue } from "../../engine/issue";
import { PortError } from "../../ports/portError";
import { saveTarget } from "./saveTarget";
import { tempNameFor, tempWriter } from "./tempName";

/** The slice of fs.promises a save needs; tests pass one that fails on purpose. */
export type SaveFs = Pick<
  typeof nodeFs,
  | "open"
  | "rename"
  | "unlink"
  | "readdir"
  | "stat"
  | "lstat"
  | "realpath"
  | "readlink"
  | "access"
  | "chmod"
  | "chown"
>;

/**
 * A temporary file older than this is a leftover whoever wrote it: a save of the largest
 * package we read takes seconds. This catches what the pid cannot: a pid reused by another
 * process, and a writer on another machine sharing the folder.
 */
export const STALE_AFTER_MS = 15 * 60 * 1000;

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

/** Excel's (`~$name`) or LibreOffice's (`.~lock.name#`) lock file in `entries`, compared as Windows and macOS shares compare names: ignoring case. */
const lockFileIn = (entries: ReadonlyArray<string>, name: string): string | undefined => {
  const locks = new Set([`~$${name}`, `.~lock.${name}#`].map((l) => l.toLowerCase()));
  return entries.find((e) => locks.has(e.toLowerCase()));
};

/**
 * Writes `bytes` to `target` so that the target is either the old file or the new one, never a
 * mix: a temporary file in the same folder (created exclusively, never through a link someone
 * put there), flushed to disk, given the old file's mode and owner, then renamed over it. A
 * symbolic link is written through to its file; see saveTarget for what is refused. On any
 * failure the temporary file is removed and the target is untouched. Refuses while Excel or
 * LibreOffice has the workbook open. Returns, as info findings, the leftovers of killed earlier
 * runs it removed.
 */
export async function saveAtomically(
  target: string,
  bytes: Uint8Array,
  fs: SaveFs = nodeFs
): Promise<Issue[]> {
  const failed = (error: unknown): PortError => writeFailed(target, error);
  const { path, existing } = await saveTarget(target, fs, failed);
  const folder = dirname(path);
  const entries = await fs.readdir(folder).catch((error: unknown) => Promise.reject(failed(error)));
  // The lock sits next to the name the workbook was opened by: the link's or the file's.
  const linkEntries =
    dirname(target) === folder ? [] : await fs.readdir(dirname(target)).catch(() => []);
  const lock =
    lockFileIn([...entries, ...linkEntries], basename(target)) ??
    lockFileIn(entries, basename(path));
  if (lock) throw new PortError(issue("PKG_LOCKED", "error", { file: target }, { lockFile: lock }));

  const removed = await removeLeftovers(fs, { folder, entries, path, target }, failed);
  const temp = join(folder, tempNameFor(path, process.pid));
  try {
    // Exclusive: an entry of our own name (a leftover of a reused pid, or a planted link) is removed first.
    const handle = await fs.open(temp, "wx").catch(async (error: NodeJS.ErrnoException) => {
      if (error.code !== "EEXIST") throw error;
      await fs.unlink(temp);
      return fs.open(temp, "wx");
    });
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (existing) {
      await fs.chmod(temp, existing.mode & 0o777);
      await fs.chown(temp, existing.uid, existing.gid).catch((error: NodeJS.ErrnoException) => {
        throw error.code === "EPERM"
          ? new PortError(issue("PKG_OWNER_NOT_KEPT", "error", { file: target }))
          : error;
      });
    }
    await fs.rename(temp, path);
  } catch (error) {
    // The temporary file may not exist (open failed); one that cannot be removed now is a leftover the next run removes.
    await fs.unlink(temp).catch(() => undefined);
    throw error instanceof PortError ? error : failed(error);
  }
  return removed;
}

/** Removes the temporary files of killed earlier saves of `path`; returns them as info findings on `target`. */
async function removeLeftovers(
  fs: SaveFs,
  at: { folder: string; entries: ReadonlyArray<string>; path: string; target: string },
  failed: (error: unknown) => PortError
): Promise<Issue[]> {
  const { folder, entries, path, target } = at;
  const removed: Issue[] = [];
  for (const entry of entries) {
    const writer = tempWriter(entry, path);
    if (!writer) continue;
    const leftover = join(folder, entry);
    const age = await fs.lstat(leftover).then(
      (s) => Date.now() - s.mtimeMs,
      () => 0
    );
    const dead = writer.thisMachine && writer.pid !== process.pid && !isAlive(writer.pid);
    if (!dead && age <= STALE_AFTER_MS) continue;
    await fs.unlink(leftover).catch((error: unknown) => Promise.reject(failed(error)));
    removed.push(issue("PKG_LEFTOVER_REMOVED", "info", { file: target }, { name: entry }));
  }
  return removed;
}
