import { resolve } from "path";
import type { Page } from "playwright-core";

export interface AxeViolation {
  readonly id: string;
  readonly impact: string;
  readonly help: string;
  readonly targets: string[];
}

/** axe-core on the page as it is now (WCAG 2 A and AA rules): the serious and critical violations. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // Contrast is only meaningful once Fluent's fade-ins have ended: mid-transition a dialog's
  // buttons are half transparent, which axe rightly reports (seen on a loaded CI machine).
  await page.waitForFunction(
    () => document.getAnimations().every((a) => a.playState !== "running"),
    undefined,
    { timeout: 10_000 }
  );
  if (!(await page.evaluate(() => "axe" in window)))
    await page.addScriptTag({ path: resolve(require.resolve("axe-core"), "../axe.min.js") });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: object,
            opts: object
          ) => Promise<{
            violations: Array<{
              id: string;
              impact: string | null;
              help: string;
              nodes: Array<{ target: unknown[] }>;
            }>;
          }>;
        };
      }
    ).axe;
    // Fluent's focus manager (tabster) puts aria-hidden, focusable <i data-tabster-dummy> bumpers
    // at the edges of arrow-key groups on purpose; they pass focus on at once. A known false
    // positive of aria-hidden-focus (microsoft/tabster#288), which Accessibility Insights also
    // suppresses (microsoft/accessibility-insights-web#7605): those elements alone are left out.
    const result = await axe.run(
      { exclude: [["[data-tabster-dummy]"]] },
      { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }
    );
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => ({
        id: v.id,
        impact: v.impact ?? "",
        help: v.help,
        targets: v.nodes.map((n) => n.target.join(" ")),
      }));
  });
}
