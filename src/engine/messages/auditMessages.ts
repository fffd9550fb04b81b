import type { Message } from './message';

/** Findings of the audit area. */
export const auditMessages = {} as const satisfies Record<string, Message>;
