import { Badge, Button, makeStyles, tokens } from "@fluentui/react-components";
import { formatWhere, messageText } from "../../engine/formatIssue";
import type { Issue, Severity } from "../../engine/issue";
import { usePaneHost } from "../host/PaneHostProvider";
import { useLang } from "../i18n/LangProvider";
import type { StringKey } from "../strings";
import { useAction } from "./useAction";
import { ActionStatus } from "./ActionStatus";

const SEVERITY: Readonly<
  Record<Severity, { label: StringKey; color: "danger" | "warning" | "informative" }>
> = {
  error: { label: "severityError", color: "danger" },
  warning: { label: "severityWarning", color: "warning" },
  info: { label: "severityInfo", color: "informative" },
};

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    paddingLeft: tokens.spacingHorizontalS,
  },
  head: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  where: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/**
 * Findings as sentences in the pane's language, errors first, each with the place it is
 * about; a finding that names a cell has a button that brings the cell into view.
 */
export function FindingList({ issues, label }: { issues: ReadonlyArray<Issue>; label: string }) {
  const { lang, t } = useLang();
  const host = usePaneHost();
  const styles = useStyles();
  const go = useAction(async (sheet: string, cell: string) => host.showCell(sheet, cell));
  const order: ReadonlyArray<Severity> = ["error", "warning", "info"];
  const sorted = [...issues].sort((a, b) => order.indexOf(a.severity) - order.indexOf(b.severity));
  if (sorted.length === 0) return <p>{t("noFindings")}</p>;
  return (
    <>
      <ul className={styles.list} aria-label={label}>
        {sorted.map((i, k) => {
          const where = formatWhere(i.where, lang);
          const sheet = i.where?.sheet;
          const cell = i.where?.cell;
          return (
            <li key={k} className={styles.item} data-code={i.code} data-severity={i.severity}>
              <span className={styles.head}>
                <Badge appearance="tint" color={SEVERITY[i.severity].color}>
                  {t(SEVERITY[i.severity].label)}
                </Badge>
                {where && <span className={styles.where}>{where}</span>}
                {sheet && cell && (
                  <Button size="small" appearance="subtle" onClick={() => go.run(sheet, cell)}>
                    {t("showCell", { cell: `${sheet}!${cell}` })}
                  </Button>
                )}
              </span>
              <span>{messageText(i, lang)}</span>
            </li>
          );
        })}
      </ul>
      <ActionStatus action={go} />
    </>
  );
}
