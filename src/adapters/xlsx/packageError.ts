import type { Issue } from '../../engine/issue';

/**
 * A workbook file that cannot be read or written as asked (not an xlsx, a zip bomb, a sheet we
 * do not own, a lock file...). Carries the finding so the caller can report it in Dutch or English.
 */
export class PackageError extends Error {
  constructor(readonly issue: Issue) {
    super(`${issue.code}${issue.where?.file ? ` (${issue.where.file})` : ''}`);
    this.name = 'PackageError';
  }
}
