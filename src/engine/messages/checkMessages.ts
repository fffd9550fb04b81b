import type { Message } from './message';

/** Findings of the check area. */
export const checkMessages = {} as const satisfies Record<string, Message>;
