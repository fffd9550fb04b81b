import type { Message } from './message';

/** Findings of the projection area. */
export const projectionMessages = {} as const satisfies Record<string, Message>;
