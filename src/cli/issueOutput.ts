import { formatIssue, messageText } from '../engine/formatIssue';
import type { Issue } from '../engine/issue';
import type { Lang } from '../engine/messages';
import type { CliIo } from './cliIo';

/** Issues in the JSON contract: the code, severity, where and params, plus the sentence. */
export const issuesJson = (issues: ReadonlyArray<Issue>, lang: Lang) =>
  issues.map((i) => ({ code: i.code, severity: i.severity, where: i.where ?? {}, params: i.params ?? {}, message: messageText(i, lang) }));

/** Every finding on stderr, one a line, each naming where it is. */
export function printIssues(io: CliIo, issues: ReadonlyArray<Issue>, lang: Lang): void {
  for (const i of issues) io.stderr(`${i.severity === 'error' ? (lang === 'nl' ? 'fout' : 'error') : lang === 'nl' ? 'waarschuwing' : 'warning'}: ${formatIssue(i, lang)}\n`);
}
