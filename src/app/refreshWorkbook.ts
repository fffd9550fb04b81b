import { failureIssues } from "../ports/portError";
import type { WorkbookPort, WriteOptions } from "../ports/workbookPort";
import { planRefresh, type RefreshOptions, type RefreshPlan } from "./planRefresh";

export interface RefreshResult extends RefreshPlan {
  readonly written: boolean;
}

/** planRefresh, then the one all-or-nothing write; with any error nothing is written. */
export async function refreshWorkbook(
  port: WorkbookPort,
  options: RefreshOptions & WriteOptions
): Promise<RefreshResult> {
  const plan = await planRefresh(port, options);
  if (!plan.ok) return { ...plan, written: false };
  try {
    await port.write(plan.tables, plan.settings, options.force ? { force: true } : {});
    return { ...plan, written: true };
  } catch (e) {
    return { ...plan, ok: false, issues: [...plan.issues, ...failureIssues(e)], written: false };
  }
}
