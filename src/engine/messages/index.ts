import { auditMessages } from "./auditMessages";
import { checkMessages } from "./checkMessages";
import { cliMessages } from "./cliMessages";
import { engineMessages } from "./engineMessages";
import { functionMessages } from "./functionMessages";
import type { Message } from "./message";
import { outputMessages } from "./outputMessages";
import { packageMessages } from "./packageMessages";
import { projectionMessages } from "./projectionMessages";
import { structureMessages } from "./structureMessages";
import { uiMessages } from "./uiMessages";
import { workbookMessages } from "./workbookMessages";

/**
 * The one message catalogue. Each area keeps its entries in its own file; the set of codes
 * is closed: IssueCode is exactly the keys below, so an unknown code does not compile.
 */
export const catalogue = {
  ...engineMessages,
  ...workbookMessages,
  ...packageMessages,
  ...auditMessages,
  ...projectionMessages,
  ...checkMessages,
  ...structureMessages,
  ...cliMessages,
  ...functionMessages,
  ...outputMessages,
  ...uiMessages,
} as const satisfies Record<string, Message>;

export type IssueCode = keyof typeof catalogue;
export type { Lang, Message } from "./message";
