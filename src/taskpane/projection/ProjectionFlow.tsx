import { Badge, Button, makeStyles, Radio, RadioGroup, tokens } from "@fluentui/react-components";
import {
  SCENARIO_IDS,
  type ProjectionStatus,
  type ScenarioId,
} from "../../engine/projection/projectionParams";
import { FindingList } from "../common/FindingList";
import { useLang } from "../i18n/LangProvider";
import { usePaneState } from "../state/PaneStateProvider";
import type { StringKey } from "../strings";
import { ParamEditor } from "./ParamEditor";
import { ProjectionTable } from "./ProjectionTable";
import { ScenarioComparison } from "./ScenarioComparison";

const STATUS: Readonly<Record<ProjectionStatus, StringKey>> = {
  published: "projectionStatusPublished",
  assumption: "projectionStatusAssumption",
  custom: "projectionStatusCustom",
};

const useStyles = makeStyles({
  flow: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  wrap: { flexWrap: "wrap" },
  notes: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
});

/**
 * Flow 3: the projection 2021–2025 in four scenarios. The user picks a scenario (II, the
 * published one, first), changes any parameter and sees all four recomputed as they type.
 */
export function ProjectionFlow() {
  const { lang, t } = useLang();
  const styles = useStyles();
  const { scenarios } = usePaneState();
  const { selected, outcomes } = scenarios;
  const outcome = outcomes[selected];
  const status = outcome.draft?.status;
  return (
    <div className={styles.flow}>
      <RadioGroup
        className={styles.wrap}
        layout="horizontal"
        value={selected}
        onChange={(_, d) => scenarios.select(d.value as ScenarioId)}
        aria-label={t("projectionScenario")}
      >
        {SCENARIO_IDS.map((id) => (
          <Radio key={id} value={id} label={t("projectionScenarioOption", { id })} />
        ))}
      </RadioGroup>
      <div>
        {status && <Badge appearance="outline">{t(STATUS[status])}</Badge>}{" "}
        {t("projectionUseForTotals", { id: selected })}
      </div>
      {outcome.draft && (
        <ul className={styles.notes}>
          {outcome.draft.notes.map((n, k) => (
            <li key={k}>{n[lang]}</li>
          ))}
        </ul>
      )}
      {selected !== "II" && !outcome.edited && (
        <p>
          {t(outcome.draft ? "projectionDerivedNote" : "projectionNeedsBase", { id: selected })}
        </p>
      )}

      <ScenarioComparison outcomes={outcomes} selected={selected} />
      <FindingList issues={outcome.projection.issues} label={t("findings")} />

      <section aria-label={t("projectionParameters", { id: selected })}>
        <h3>{t("projectionParameters", { id: selected })}</h3>
        {outcome.draft && (
          <ParamEditor
            key={selected}
            draft={outcome.draft}
            issues={outcome.projection.issues}
            onChange={(d) => scenarios.edit(selected, d)}
          />
        )}
        <Button onClick={() => scenarios.reset(selected)}>
          {t("projectionReset", { id: selected })}
        </Button>
      </section>

      {outcome.projection.ok && (
        <details>
          <summary>{t("projectionTable", { id: selected })}</summary>
          <ProjectionTable
            projection={outcome.projection.value}
            caption={t("projectionTable", { id: selected })}
          />
        </details>
      )}
    </div>
  );
}
