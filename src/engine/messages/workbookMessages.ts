import type { Message } from './message';

/** Findings of the workbook area. */
export const workbookMessages = {} as const satisfies Record<string, Message>;
