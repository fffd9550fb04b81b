import { Badge, makeStyles, tokens } from "@fluentui/react-components";
import { messageText } from "../../engine/formatIssue";
import type { Issue } from "../../engine/issue";
import { useLang } from "../i18n/LangProvider";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  item: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "baseline" },
  // The badge keeps its width however long the sentence beside it.
  badge: { flexShrink: 0 },
});

/** The checks of Controle: each one holds or fails, said in words, the master check first. */
export function CheckList({ checks }: { checks: ReadonlyArray<Issue> }) {
  const { lang, t } = useLang();
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={t("previewChecks")}>
      {checks.map((c, k) => {
        const holds = c.severity !== "error";
        return (
          <li key={k} className={styles.item} data-code={c.code} data-holds={holds}>
            <Badge
              className={styles.badge}
              appearance="filled"
              color={holds ? "success" : "danger"}
            >
              {t(holds ? "checkHolds" : "checkFails")}
            </Badge>
            <span>{messageText(c, lang)}</span>
          </li>
        );
      })}
    </ul>
  );
}
