import type { Message } from './message';

/** Findings about a workbook file as a package (format, size, locks, ownership). */
export const packageMessages = {} as const satisfies Record<string, Message>;
