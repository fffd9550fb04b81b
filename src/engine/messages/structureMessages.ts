import type { Message } from './message';

/** Findings of the structure area. */
export const structureMessages = {} as const satisfies Record<string, Message>;
