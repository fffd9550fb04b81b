import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  area: {
    overflowX: "auto",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" },
  },
});

/**
 * A wide table in a narrow pane scrolls sideways; the area takes keyboard focus so that the
 * arrow keys scroll it too, and it is named after what it holds.
 */
export function ScrollArea({ label, children }: { label: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <div className={styles.area} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
